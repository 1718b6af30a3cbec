class A:
    x = 'A.x'
    def f(self): return 'A.f'
class B(A):
    pass
class C(A):
    x = 'C.x'
    def f(self): return 'C.f'
class D(B, C):
    pass
d = D()
print(d.x, d.f(), D.x, [k.__name__ for k in D.__mro__])
d.x = 'instance'
print(d.x, D.x)
del d.x
print(d.x)
C.x = 'C.x changed'
print(d.x)
del C.x
print(d.x)
A.y = 'added to A'
print(d.y, hasattr(D, 'y'))
print(getattr(D, 'f')(d), D.f is C.f, super(C, d).f())
