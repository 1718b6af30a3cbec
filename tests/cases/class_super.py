# super() calls
class Base:
    def __init__(self, v):
        self.v = v
        print('Base init', v)
    def greet(self):
        return 'Base.greet'
class Child(Base):
    def __init__(self, v, w):
        super().__init__(v)
        self.w = w
        print('Child init', w)
    def greet(self):
        return 'Child+' + super().greet()
c = Child(1, 2)
print(c.v, c.w, c.greet())
class A:
    def who(self):
        return ['A']
class B(A):
    def who(self):
        return ['B'] + super().who()
class C(A):
    def who(self):
        return ['C'] + super().who()
class D(B, C):
    def who(self):
        return ['D'] + super().who()
print(D().who())
print([k.__name__ for k in D.__mro__])
