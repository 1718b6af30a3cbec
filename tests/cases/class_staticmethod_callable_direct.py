class A:
    @staticmethod
    def s(x): return x * 2
    f = staticmethod(len)
sm = A.__dict__['s']
print(sm(4), A.s(5), A().f('abc'), type(sm).__name__, sm.__func__(6))
cm = classmethod(lambda cls: cls.__name__)
class B:
    name = cm
print(B.name(), B().name())
