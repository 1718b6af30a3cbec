d = {'b': 1, 'a': 2}
d['c'] = 3
del d['b']
d['b'] = 4
print(d, list(d), list(d.values()), list(d.items()))
print({1: 'int', 1.0: 'float', True: 'bool'})
print(d | {'z': 0}, {'z': 0} | d)
e = dict(d); e |= [('q', 1)]
print(e)
try:
    d | [('x', 1)]
except TypeError as err:
    print('TypeError', err)
ks = d.keys()
print(ks & {'a', 'q'}, ks | {'q'}, ks - {'a'}, ks ^ {'a', 'n'}, 'a' in ks, reversed(ks).__class__.__name__)
print(d.items() & {('a', 2)}, list(reversed(d.items())))
d2 = {}
for w in 'the quick the lazy the'.split():
    d2[w] = d2.get(w, 0) + 1
print(d2, max(d2, key=d2.get))
print(d.setdefault('new', []), d.setdefault('a', 'ignored'), d)
print(d.pop('new'), d.pop('missing', 'dflt'), d.popitem(), d)
try:
    d.pop('nope')
except KeyError as err:
    print('KeyError', err)
try:
    {}.popitem()
except KeyError as err:
    print('KeyError', err)
print(dict.fromkeys('ab'), dict.fromkeys([1, 2], 0), dict(zip('xy', range(2))), dict([('k', 'v')], extra=1))
try:
    dict([('a', 1, 2)])
except ValueError as err:
    print('ValueError', err)
try:
    dict([1])
except TypeError as err:
    print('TypeError', err)
dd = {'x': 1}
try:
    for k in dd:
        dd['y'] = 2
except RuntimeError as err:
    print('RuntimeError', err)
dd = {'x': 1, 'y': 2}
try:
    for k in dd:
        del dd['y']
except RuntimeError as err:
    print('RuntimeError', err)
print({k: v for k, v in sorted({'b': 2, 'a': 1}.items())}, {**{'a': 1}, **{'a': 2}})
print(d == dict(reversed(list(d.items()))), {1: 2} == {1: 2.0}, {'a': [1]} != {'a': [2]})
try:
    {} < {}
except TypeError as err:
    print('TypeError', err)
nested = {'a': {'b': {'c': 1}}}
print(nested['a']['b']['c'], nested.get('x', {}).get('y'))
print(len({(1, 2): 'tuple key', frozenset([1]): 'fs key'}), repr({None: None}))
