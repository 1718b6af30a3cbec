import functools
def add_repr(cls):
    def __repr__(self): return f'{cls.__name__}({", ".join(f"{k}={v!r}" for k, v in vars(self).items())})'
    cls.__repr__ = __repr__
    return cls
@add_repr
class P:
    def __init__(self, x, y): self.x, self.y = x, y
print(P(1, 'a'))
def count_instances(cls):
    orig = cls.__init__
    cls.count = 0
    @functools.wraps(orig)
    def init(self, *a, **k):
        cls.count += 1
        orig(self, *a, **k)
    cls.__init__ = init
    return cls
@count_instances
class Q:
    def __init__(self, v): self.v = v
Q(1); Q(2)
print(Q.count, Q.__init__.__name__)
from dataclasses import dataclass, field
@dataclass(order=True, frozen=True)
class Pt:
    x: int
    y: int = 0
    tags: tuple = field(default=(), compare=False)
a, b = Pt(1, 2), Pt(1, 3)
print(a, a < b, a == Pt(1, 2, ('t',)), hash(a) == hash(Pt(1, 2)))
try:
    a.x = 5
except Exception as e:
    print(type(e).__name__, e)
