import copy
a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
a[1].append(99); a[2]['k'].append(5)
print(a, b, c, b[1] is a[1], c[1] is a[1])
d = {'x': [1], 'y': (1, [2])}
e = copy.deepcopy(d); d['y'][1].append(3)
print(d, e, copy.copy(d) == d)
t = (1, 2, 'a'); print(copy.deepcopy(t) is t, copy.copy(t) is t)
class P:
    def __init__(self, x, tags): self.x = x; self.tags = tags
    def __repr__(self): return f'P({self.x}, {self.tags})'
p = P(1, ['a'])
q = copy.copy(p); r = copy.deepcopy(p)
p.tags.append('b'); p.x = 5
print(p, q, r, type(r).__name__, q.tags is p.tags, r.tags is p.tags)
class Node:
    def __init__(self, v): self.v = v; self.next = None
n1 = Node(1); n2 = Node(2); n1.next = n2; n2.next = n1
m1 = copy.deepcopy(n1)
print(m1.v, m1.next.v, m1.next.next is m1, m1 is not n1)
lst = [1]; lst.append(lst); cl = copy.deepcopy(lst); print(cl[1] is cl, cl[0])
shared = [0]; pair = [shared, shared]; cp = copy.deepcopy(pair); print(cp[0] is cp[1], cp[0] is shared)
class Custom:
    def __init__(self, v): self.v = v
    def __copy__(self): print('__copy__ called'); return Custom(self.v)
    def __deepcopy__(self, memo): print('__deepcopy__ called'); return Custom(copy.deepcopy(self.v, memo))
x = Custom([1]); y = copy.copy(x); z = copy.deepcopy(x); print(y.v is x.v, z.v is x.v, z.v)
from collections import namedtuple, defaultdict, OrderedDict, Counter, deque
Pt = namedtuple('Pt', 'x y')
pt = Pt([1], 2); dpt = copy.deepcopy(pt); print(dpt, dpt.x is pt.x, type(dpt).__name__, copy.copy(pt))
dd = defaultdict(list, {'a': [1]}); ddc = copy.deepcopy(dd); dd['a'].append(2); print(ddc, copy.copy(dd))
print(copy.deepcopy(OrderedDict(a=[1])), copy.deepcopy(Counter('aab')), copy.deepcopy(deque([[1], 2], maxlen=5)))
s = {1, 2}; print(copy.copy(s), copy.deepcopy(s) == s, copy.deepcopy(frozenset({1})))
class Slot:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = [1]; self.b = 2
so = copy.deepcopy(Slot()); print(so.a, so.b)
class WithState:
    def __init__(self): self.data = [1]; self.cache = 'big'
    def __getstate__(self): return {'data': self.data}
    def __setstate__(self, st): self.__dict__.update(st); self.cache = None
w = copy.deepcopy(WithState()); print(w.data, w.cache)
class ML(list):
    pass
ml = ML([1, [2]]); mlc = copy.deepcopy(ml); print(mlc, type(mlc).__name__, mlc[1] is ml[1])
grid = [[0] * 3 for _ in range(2)]; g2 = copy.deepcopy(grid); g2[0][0] = 1; print(grid, g2)
print(copy.copy(5), copy.deepcopy('s'), copy.deepcopy(None), copy.copy(len) is len)
