from collections import defaultdict, OrderedDict, ChainMap
d = defaultdict(list)
d['a'].append(1); d['b'].append(2); d['a'].append(3)
print(d, dict(d), d['zz'], len(d), d.default_factory)
c = defaultdict(int)
for ch in 'hello':
    c[ch] += 1
print(c, sorted(c.items()), c.get('q'), 'q' in c)
n = defaultdict(lambda: defaultdict(int))
n['x']['y'] += 2
print(dict(n['x']), isinstance(n, dict), type(n).__name__)
e = defaultdict()
try:
    e['k']
except KeyError as ex:
    print('KeyError', ex)
try:
    defaultdict(5)
except TypeError as ex:
    print(ex)
s = defaultdict(set); s[1].add(2); print(s)
print(defaultdict(int, {'a': 1}), defaultdict(str, a='x'), defaultdict(list).copy())
g = defaultdict(int, a=1) | {'b': 2}; print(g, type(g).__name__)
od = OrderedDict()
od['x'] = 1; od['y'] = 2; od['z'] = 3
print(od, list(od), od['y'])
od.move_to_end('x'); print(od)
od.move_to_end('z', last=False); print(od)
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(), OrderedDict([('a', 1), ('b', 2)]) == OrderedDict([('b', 2), ('a', 1)]), OrderedDict(a=1, b=2) == {'b': 2, 'a': 1})
try:
    OrderedDict().popitem()
except KeyError as ex:
    print('KeyError', ex)
class LRU(OrderedDict):
    def __init__(self, cap):
        super().__init__()
        self.cap = cap
    def __getitem__(self, key):
        v = super().__getitem__(key)
        self.move_to_end(key)
        return v
    def __setitem__(self, key, value):
        if key in self:
            self.move_to_end(key)
        super().__setitem__(key, value)
        if len(self) > self.cap:
            del self[next(iter(self))]
lru = LRU(2)
lru['a'] = 1; lru['b'] = 2; lru['a']; lru['c'] = 3
print(list(lru.keys()), lru)
print(OrderedDict.fromkeys('abc', 0))
base = {'a': 1, 'b': 2}; over = {'b': 20, 'c': 30}
cm = ChainMap(over, base)
print(cm['a'], cm['b'], cm['c'], len(cm), sorted(cm), cm.get('z', 'dflt'), 'a' in cm)
print(cm)
ch = cm.new_child({'a': 100}); print(ch['a'], ch.parents['a'], ch.maps[0])
cm['d'] = 4; print(over)
del cm['d']
try:
    del cm['a']
except KeyError as ex:
    print('KeyError', ex)
print(list(cm.items()), dict(cm))
