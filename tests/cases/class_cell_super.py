# zero-argument super() and __class__ in methods, class namespace hygiene
class A:
    def who(self):
        return "A"
    def cls_name(self):
        return __class__.__name__

class B(A):
    def who(self):
        return "B>" + super().who()

class C(B):
    def who(self):
        return "C>" + super().who()
    @classmethod
    def make(cls):
        return cls()

print(C().who(), C().cls_name(), C.make().who())
print('__classcell__' in B.__dict__, '__qualname__' in vars(B) if hasattr(B, '__dict__') else None)
print(B.__qualname__, C.__mro__[1].__name__)

class Base:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"{type(self).__name__}({self.n})"

class Child(Base):
    def __init__(self, n, m):
        super().__init__(n)
        self.m = m

print(Child(1, 2), Child(1, 2).m)
