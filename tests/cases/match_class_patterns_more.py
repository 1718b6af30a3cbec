from dataclasses import dataclass
class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y): self.x, self.y = x, y
@dataclass
class Circle:
    center: Point
    r: float
def describe(s):
    match s:
        case Point(0, 0): return 'origin'
        case Point(x=0, y=yy): return f'on y axis at {yy}'
        case Point(xx, 0): return f'on x axis at {xx}'
        case Point(x, y) if x == y: return f'diagonal {x}'
        case Circle(Point(0, 0), r=r): return f'centered circle r={r}'
        case Circle(c, r) if r > 10: return f'big circle at ({c.x},{c.y})'
        case Circle(): return 'some circle'
        case int(n) | float(n) if n < 0: return f'negative number {n}'
        case int() | float(): return 'number'
        case str(s) if s: return f'string {s!r}'
        case bool(): return 'bool?'
        case [Point() as p, *rest]: return f'points starting with {p.x},{p.y} + {len(rest)}'
        case {'kind': 'pt', 'x': x, **kw}: return f'mapping point {x} extra={kw}'
        case _: return 'unknown'
tests = [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), Circle(Point(0, 0), 1),
         Circle(Point(1, 2), 11), Circle(Point(1, 2), 1), -3, -2.5, 7, 'hi', '', True, [Point(1, 1), 2, 3],
         {'kind': 'pt', 'x': 1, 'y': 2}, None]
for t in tests:
    print(describe(t))
class TooMany:
    __match_args__ = ('a',)
    a = 1
try:
    match TooMany():
        case TooMany(1, 2): pass
except TypeError as e:
    print('TypeError', e)
class BadArgs:
    __match_args__ = ['a']
try:
    match BadArgs():
        case BadArgs(x): pass
except TypeError as e:
    print('TypeError', e)
try:
    match 5:
        case int(1, 2): pass
except TypeError as e:
    print('TypeError', e)
try:
    match 5:
        case len(): pass
except TypeError as e:
    print('TypeError', e)
class Dup:
    __match_args__ = ('a',)
    a = 1
try:
    match Dup():
        case Dup(1, a=1): pass
except TypeError as e:
    print('TypeError', e)
class NoAttr:
    pass
match NoAttr():
    case NoAttr(missing=1): print('matched?')
    case NoAttr(): print('attribute missing -> next case')
