class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y): self.x, self.y = x, y
p = P(1, 2)
print(p.x, p.y, hasattr(p, '__dict__'), P.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print('AttributeError', e)
del p.x
try:
    p.x
except AttributeError as e:
    print('AttributeError', e)
p.x = 10
print(p.x)
class Q(P):
    __slots__ = ('z',)
q = Q(1, 2); q.z = 3
print(q.x, q.z, hasattr(q, '__dict__'))
try:
    q.w = 1
except AttributeError as e:
    print('AttributeError', e)
class WithDict(P):
    pass
w = WithDict(1, 2); w.extra = 5
print(w.extra, hasattr(w, '__dict__'))
class SlotStr:
    __slots__ = 'only'
s = SlotStr(); s.only = 1
print(s.only)
class DictSlot:
    __slots__ = ('a', '__dict__')
ds = DictSlot(); ds.a = 1; ds.b = 2
print(ds.a, ds.b, ds.__dict__['b'])
try:
    class Conflict:
        __slots__ = ('v',)
        v = 1
except ValueError as e:
    print('ValueError', e)
class Empty:
    __slots__ = ()
try:
    Empty().a = 1
except AttributeError as e:
    print('AttributeError', e)
class Uninit:
    __slots__ = ('a',)
try:
    Uninit().a
except AttributeError as e:
    print('AttributeError', e)
print(getattr(Uninit(), 'a', 'default'))
