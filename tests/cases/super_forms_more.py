class A:
    def who(self): return 'A'
    @classmethod
    def cwho(cls): return f'A.cwho({cls.__name__})'
    @staticmethod
    def swho(): return 'A.swho'
    @property
    def prop(self): return 'A.prop'
class B(A):
    def who(self): return 'B>' + super().who()
    @classmethod
    def cwho(cls): return 'B>' + super().cwho()
    @property
    def prop(self): return 'B>' + super().prop
class C(A):
    def who(self): return 'C>' + super().who()
class D(B, C):
    def who(self): return 'D>' + super().who()
    def explicit(self): return super(B, self).who()
print(D().who(), D.__mro__)
print(D().explicit(), D.cwho(), D().prop, D.swho())
print(super(D, D()).who(), super(C, D()).who())
s = super(B, D())
print(type(s).__name__, s.__thisclass__.__name__, type(s.__self__).__name__)
def outside(self):
    return super().who()
try:
    outside(D())
except RuntimeError as e:
    print('RuntimeError', e)
class E(A):
    def who(self):
        f = lambda: super(E, self).who()
        return 'E>' + f()
print(E().who())
class F(A):
    def who(self):
        return [super().who() for _ in range(2)]
print(F().who())
try:
    super(B, A())
except TypeError as e:
    print('TypeError', e)
try:
    super(1, 2)
except TypeError as e:
    print('TypeError', e)
class G(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
    def __init__(self, *a):
        super().__init__(*a)
g = G({'a': 1}); g['b'] = 2
print(g)
class H:
    def __init__(self):
        super().__init__()
        self.ok = True
print(H().ok)
class Base:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        cls.tag = kw.get('tag')
class Derived(Base, tag='t'):
    def method(self):
        return super().__class__.__name__, __class__.__name__
print(Derived.tag, Derived().method())
