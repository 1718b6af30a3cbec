"""2D geometry: points/vectors with operators, segment intersection, convex hull, point-in-polygon, areas."""
import math
from dataclasses import dataclass
from fractions import Fraction

@dataclass(frozen=True)
class P:
    x: float
    y: float
    def __add__(self, o): return P(self.x + o.x, self.y + o.y)
    def __sub__(self, o): return P(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return P(self.x * k, self.y * k)
    __rmul__ = __mul__
    def dot(self, o): return self.x * o.x + self.y * o.y
    def cross(self, o): return self.x * o.y - self.y * o.x
    def __abs__(self): return math.hypot(self.x, self.y)
    def __iter__(self): yield self.x; yield self.y

def orient(a, b, c):
    v = (b - a).cross(c - a)
    return (v > 0) - (v < 0)

def on_segment(a, b, p):
    return min(a.x, b.x) <= p.x <= max(a.x, b.x) and min(a.y, b.y) <= p.y <= max(a.y, b.y)

def intersects(a, b, c, d):
    o1, o2, o3, o4 = orient(a, b, c), orient(a, b, d), orient(c, d, a), orient(c, d, b)
    if o1 != o2 and o3 != o4:
        return True
    return any(o == 0 and on_segment(s, e, p) for o, s, e, p in ((o1, a, b, c), (o2, a, b, d), (o3, c, d, a), (o4, c, d, b)))

def intersection(a, b, c, d):
    r, s = b - a, d - c
    den = r.cross(s)
    if den == 0:
        return None
    t = Fraction((c - a).cross(s)) / Fraction(den)
    u = Fraction((c - a).cross(r)) / Fraction(den)
    if 0 <= t <= 1 and 0 <= u <= 1:
        return (a.x + t * r.x, a.y + t * r.y)
    return None

def hull(points):
    pts = sorted(set(points), key=lambda p: (p.x, p.y))
    if len(pts) <= 2:
        return pts
    def half(seq):
        out = []
        for p in seq:
            while len(out) >= 2 and (out[-1] - out[-2]).cross(p - out[-2]) <= 0:
                out.pop()
            out.append(p)
        return out
    lower, upper = half(pts), half(reversed(pts))
    return lower[:-1] + upper[:-1]

def area(poly):
    return abs(sum(a.cross(b) for a, b in zip(poly, poly[1:] + poly[:1]))) / 2

def inside(poly, p):
    c = False
    for a, b in zip(poly, poly[1:] + poly[:1]):
        if (a.y > p.y) != (b.y > p.y) and p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x:
            c = not c
    return c

segs = [((0, 0), (4, 4), (0, 4), (4, 0)), ((0, 0), (2, 2), (3, 3), (5, 5)), ((0, 0), (2, 0), (1, 0), (3, 0)),
        ((0, 0), (1, 1), (1, 0), (2, -1)), ((1, 1), (4, 3), (2, 0), (2, 5))]
for a, b, c, d in segs:
    A, B, C, D = map(lambda t: P(*t), (a, b, c, d))
    x = intersection(A, B, C, D)
    print(a, b, c, d, intersects(A, B, C, D), None if x is None else tuple(str(v) for v in x))
pts = [P(x, y) for x, y in [(0, 0), (2, 1), (4, 0), (3, 2), (4, 4), (2, 3), (0, 4), (1, 2), (2, 2), (0, 2)]]
h = hull(pts)
print([tuple(p) for p in h], area(h), round(sum(abs(b - a) for a, b in zip(h, h[1:] + h[:1])), 6))
for q in [P(2, 2), P(5, 5), P(0.5, 3.9), P(4, 2)]:
    print(tuple(q), inside(h, q))
v = P(3, 4)
print(abs(v), v * 2, 2 * v, v.dot(P(1, 0)), round(math.degrees(math.atan2(v.y, v.x)), 4), P(1, 2) == P(1.0, 2.0), hash(P(1, 2)) == hash(P(1, 2)))
tri = [P(0, 0), P(5, 0), P(0, 5)]
print(area(tri), [orient(*tri), orient(tri[0], tri[2], tri[1])])
