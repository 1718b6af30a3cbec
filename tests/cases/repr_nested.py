# repr of nested containers
print([1, 'a', (2,), {'k': None}])
print((1,))
print(())
print({})
print([])
print({'a': [1, {'b': (2, 3)}]})
print(repr([1, 'a']))
print(str((1, 'x', 2.5)))
print([[], [[]], [[], []]])
print(((1, 2), [3, (4,)]))
print({1: {2: {3: {}}}})
print(['it\'s', "q\"q", 'a\nb'])
print({'x': 1.0, 'y': -0.0, 'z': float('inf')})
print([True, False, None])
print(({},))
l = [1]
l.append(l)
print(l)
d = {}
d['self'] = d
print(d)
