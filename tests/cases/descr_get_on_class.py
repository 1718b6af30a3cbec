class D:
    def __get__(self, obj, owner):
        return ('instance' if obj is not None else 'class', owner.__name__)
class C:
    d = D()
class E(C): pass
print(C.d, C().d, E.d, E().d)
