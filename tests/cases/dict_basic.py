# dict get / set / in / del
d = {'a': 1, 'b': 2}
print(d['a'])
d['c'] = 3
print(d)
d['a'] = 10
print(d)
print('a' in d, 'z' in d, 'z' not in d)
print(d.get('b'), d.get('z'), d.get('z', 0))
del d['b']
print(d)
print(len(d))
e = {}
print(e, len(e))
print(dict(x=1, y=2))
print(dict([('k', 'v'), ('k2', 'v2')]))
print({1: 'int', 1.5: 'float', (1, 2): 'tuple', None: 'none'})
print({1: 'a', True: 'b'})
