# dicts keep insertion order
d = {}
for k in ['zeta', 'alpha', 'mid', 'beta']:
    d[k] = len(k)
print(d)
print(list(d))
d['alpha'] = 0
print(list(d))
del d['zeta']
d['zeta'] = 9
print(list(d))
print(list(d.keys()))
print(list(d.values()))
print(list(d.items()))
e = {3: 'c', 1: 'a', 2: 'b'}
print(e)
e.pop(1)
e[1] = 'A'
print(e)
