def outer():
    def inner(): pass
    return inner
f = outer()
print(f.__name__, f.__qualname__)
class C:
    def m(self): pass
    class D:
        def n(self): pass
print(C.m.__qualname__, C.D.n.__qualname__, C.D.__qualname__)
print((lambda: 0).__name__, (lambda: 0).__qualname__)
def doc():
    "the doc"
print(doc.__doc__, outer.__doc__)
print(outer.__module__)
f.__name__ = 'renamed'
print(f.__name__)
