class A:
    count = 0
    @classmethod
    def make(cls, *args):
        cls.count += 1
        return cls, args
    @staticmethod
    def util(a, b=2):
        return a + b
class B(A):
    pass
print(A.make(1), B.make(), A().make(3))
print(A.count, B.count)
print(A.util(1), A().util(1, 3), B.util(a=5))
cm = A.__dict__['make']
sm = A.__dict__['util']
print(type(cm).__name__, type(sm).__name__)
print(cm.__func__.__name__, sm.__func__.__name__)
print(cm.__get__(None, B)())
print(sm.__get__(None, A)(10))
print(A.make.__self__ is A, B.make.__self__ is B, A.make.__func__ is cm.__func__)
print(A.util is sm.__func__)
def plain(x): return x * 2
A.p = staticmethod(plain)
A.q = classmethod(lambda cls: cls.__name__)
print(A.p(4), A().p(5), B.q(), A().q())
print(staticmethod(plain)(3))
print(repr(staticmethod(plain))[:20] == '<staticmethod(<funct', repr(classmethod(plain))[:19])
print(sm.__wrapped__ is plain if False else sm.__wrapped__.__name__)
class C:
    @classmethod
    @property
    def cp(cls): return 'class property ' + cls.__name__
print(C.cp)
