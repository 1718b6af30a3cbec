from collections import namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p), list(p))
print(Point(x=3, y=4), Point(5, y=6), repr(Point._make([7, 8])))
print(p._asdict(), p._replace(x=10), p._fields, Point._fields, Point.__name__)
print(p == (1, 2), p == Point(1, 2), hash(p) == hash((1, 2)), isinstance(p, tuple), type(p).__name__)
x, y = p
print(x + y, p + (3,), p * 2, sorted([Point(2, 1), Point(1, 5)]))
print(Point, Point.__doc__, Point.x.__doc__)
Emp = namedtuple('Emp', 'name age role', defaults=['dev'])
print(Emp('ann', 30), Emp('bob', 25, 'mgr'), Emp._field_defaults)
C = namedtuple('C', 'a, b c')
print(C(1, 2, 3), C._fields)
R = namedtuple('R', ['a', 'def', 'a', '_x'], rename=True)
print(R._fields)
for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: Point(1, x=2), lambda: Emp(),
            lambda: Point._make([1]), lambda: p._replace(z=1), lambda: namedtuple('X', ['a', 'a']),
            lambda: namedtuple('X', ['_a']), lambda: namedtuple('X', ['class']), lambda: namedtuple('1X', ['a']),
            lambda: namedtuple('X', 'a b', defaults=[1, 2, 3])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    p.x = 5
except AttributeError as e:
    print('AttributeError')
class P3(namedtuple('P3', 'x y z')):
    __slots__ = ()
    @property
    def norm(self):
        return abs(self.x) + abs(self.y) + abs(self.z)
    def __str__(self):
        return 'P3<%d,%d,%d>' % self
q = P3(1, -2, 3)
print(q, repr(q), q.norm, q._replace(z=0))
d = {p: 'a'}
print(d[Point(1, 2)], max([Point(1, 2), Point(1, 3)]).y)
match p:
    case Point(x=1, y=yy):
        print('matched', yy)
match p:
    case Point(a, b):
        print('pos', a, b)
print([pt.x for pt in map(Point._make, [(1, 2), (3, 4)])])
