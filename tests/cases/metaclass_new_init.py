class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('Meta.__new__', name, sorted(k for k in ns if not k.startswith('__')))
        ns['added'] = 42
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print('Meta.__init__', name)
        super().__init__(name, bases, ns)
class A(metaclass=Meta):
    x = 1
    def m(self): pass
print(A.added, type(A).__name__)
class B(A): pass
print(type(B).__name__, B.added)
