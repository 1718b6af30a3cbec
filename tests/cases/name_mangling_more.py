class A:
    __private = 'A private'
    def __init__(self): self.__x = 1
    def get(self): return self.__x, self.__private, A.__private
    def __method(self): return 'mangled method'
    def call(self): return self.__method()
    __dunder__ = 'not mangled'
class B(A):
    __private = 'B private'
    def __init__(self):
        super().__init__()
        self.__x = 2
    def getb(self): return self.__x, self.__private
b = B()
print(b.get(), b.getb(), sorted(vars(b)))
print(A._A__private, B._B__private, b._A__x, b.call(), A.__dunder__)
try:
    b.__x
except AttributeError as e:
    print('AttributeError', e)
class _Under:
    __v = 1
    def get(self): return self.__v
print(_Under().get(), [k for k in vars(_Under) if 'v' in k])
class __Dunder:
    __w = 2
print([k for k in vars(__Dunder) if k.startswith('_Dunder')])
class C:
    def f(self):
        __local = 5
        return locals()
    def g(self):
        return getattr(self, '__hidden', 'getattr not mangled')
    def h(self):
        return [self.__dict__ for _ in range(1)], (lambda: self.__attr)() if hasattr(self, '_C__attr') else 'no attr'
print(sorted(C().f()), C().g(), C().h())
class D:
    import math as __m
    def use(self): return self.__m.floor(2.5)
print(D().use(), [k for k in vars(D) if 'm' in k and 'D' in k])
class E:
    def __init__(self): self.__a__b = 1
print(vars(E()))
