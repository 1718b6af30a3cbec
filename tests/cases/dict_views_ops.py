d = {'a': 1, 'b': 2, 'c': 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, len(k), 'a' in k, 2 in v, ('b', 2) in i, ('b', 3) in i)
d['d'] = 4
print(k, list(v), list(i)[-1])
print(k & {'a', 'z'}, sorted(k | {'z'}), sorted(k - {'a'}), sorted(k ^ {'a', 'q'}))
print(i & {('a', 1)}, k == {'a', 'b', 'c', 'd'}, k <= {'a', 'b', 'c', 'd', 'e'}, k < set('abcd'))
print(k.isdisjoint(['x']), k.isdisjoint('a'), i.isdisjoint([('a', 1)]))
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
print(v == v, d.keys() == d.keys(), {1: 2}.items() == {(1, 2)})
it = iter(d)
try:
    for key in d: d['new' + key] = 0
except RuntimeError as e: print(e)
e = {'x': 1}
e |= {'y': 2}; e |= [('z', 3)]
print(e, {'a': 1} | {'a': 2, 'b': 3})
try: {} | []
except TypeError as e2: print(e2)
print(dict.fromkeys('ab', 0), dict.fromkeys([1, 2]))
dd = {}
dd[1] = dd.keys()
print(dd)
n = {'k': None}
n['k'] = n.values()
print(n)
print(type(k).__name__, type(iter(k)).__name__, type(iter(v)).__name__, type(reversed(d)).__name__)
