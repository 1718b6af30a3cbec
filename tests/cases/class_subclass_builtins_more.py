class MyDict(dict):
    def __getitem__(self, k): return super().__getitem__(k.lower())
    def __setitem__(self, k, v): super().__setitem__(k.lower(), v)
d = MyDict()
d['A'] = 1
print(d, d['a'], d['A'], d.get('A'), 'a' in d, type(d).__name__, isinstance(d, dict))
d.update(B=2)         # update does not call __setitem__
print(d, dict(d), MyDict(x=1), MyDict({'Y': 1}))
class Counted(list):
    def append(self, x):
        super().append(x)
        self.count_appends = getattr(self, 'count_appends', 0) + 1
c = Counted([1])
c.append(2); c.append(3)
print(c, c.count_appends, c + [4], type(c + [4]).__name__, type(c[:1]).__name__, len(c))
class Upper(str):
    def __new__(cls, s): return super().__new__(cls, s.upper())
    def shout(self): return self + '!'
u = Upper('hi')
print(u, u.shout(), type(u).__name__, type(u + 'x').__name__, type(u.lower()).__name__, u == 'HI', hash(u) == hash('HI'))
class Pos(int):
    def __new__(cls, v):
        if v < 0: raise ValueError('negative')
        return super().__new__(cls, v)
    def __add__(self, o): return Pos(int(self) + int(o))
p = Pos(3)
print(p, p + 4, type(p + 4).__name__, type(p * 2).__name__, p == 3, isinstance(p, int))
try:
    Pos(-1)
except ValueError as e:
    print('ValueError', e)
class Point(tuple):
    def __new__(cls, x, y): return super().__new__(cls, (x, y))
    x = property(lambda self: self[0])
    y = property(lambda self: self[1])
pt = Point(1, 2)
print(pt, pt.x, pt.y, len(pt), pt + (3,), type(pt + (3,)).__name__, pt == (1, 2))
class MyErr(ValueError):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
try:
    raise MyErr(404, 'not found')
except ValueError as e:
    print(type(e).__name__, e, e.code, e.args, repr(e))
class MySet(set):
    pass
ms = MySet([1, 2])
print(ms, ms | {3}, type(ms | {3}).__name__, type(ms.copy()).__name__)
class MyFloat(float):
    def __repr__(self): return f'MyFloat({float(self)})'
print(MyFloat(1.5), MyFloat(1.5) * 2, type(MyFloat(1.5) * 2).__name__, [MyFloat(2)])
from collections import OrderedDict, defaultdict, Counter
class DD(defaultdict):
    pass
dd = DD(list); dd['a'].append(1)
print(dict(dd), type(dd).__name__)
class ListInit(list):
    def __init__(self, *args):
        super().__init__(x * 2 for x in args)
print(ListInit(1, 2, 3))
