class A:
    def m(self): return 'm'
a = A()
bm = a.m
print(bm(), bm.__self__ is a, bm.__func__ is A.m, A.m(a), A.__dict__['m'].__get__(a, A)(), A.__dict__['m'].__get__(None, A) is A.m)
print(bm == a.m, bm is a.m, hash(bm) == hash(a.m), type(bm).__name__)
f = A.m
print(type(f).__name__, f.__name__, f.__qualname__)
import types
print(types.MethodType(lambda self: self.__class__.__name__, a)())
def standalone(self, x): return (self, x)
A.attached = standalone
print(a.attached(1)[1], a.attached.__func__ is standalone)
a.inst_func = standalone
try:
    a.inst_func(1)
except TypeError as e:
    print('instance attribute functions are not bound:', e)
print([].append.__self__ == [], (1).__add__.__self__)
