import math
class Vec:
    __slots__ = ('x', 'y')
    def __init__(self, x=0, y=0): self.x, self.y = x, y
    def __repr__(self): return f'Vec({self.x!r}, {self.y!r})'
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o): return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __truediv__(self, k): return Vec(self.x / k, self.y / k)
    def __neg__(self): return Vec(-self.x, -self.y)
    def __abs__(self): return math.hypot(self.x, self.y)
    def __eq__(self, o): return (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __iter__(self): yield self.x; yield self.y
    def __bool__(self): return bool(abs(self))
    def __format__(self, spec): return f'<{format(self.x, spec)}, {format(self.y, spec)}>'
a, b = Vec(3, 4), Vec(1, -1)
print(a + b, a - b, 2 * a, a * 0.5, a / 2, -b, abs(a), a == Vec(3, 4), len({a, Vec(3, 4)}), list(a), bool(Vec()))
print(f'{a:.2f}', format(b, '+d'), sum([a, b], Vec()), max([a, b], key=abs))
