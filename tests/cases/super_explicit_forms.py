class A:
    def who(self): return 'A'
    @classmethod
    def cwho(cls): return 'A.c ' + cls.__name__
class B(A):
    def who(self): return 'B>' + super(B, self).who()
    @classmethod
    def cwho(cls): return 'B>' + super().cwho()
print(B().who(), B.cwho())
s = super(B, B())
print(s.who())
print(super(B, B).cwho())
