# various hashable key types
d = {}
d[1] = 'int'
d[2.5] = 'float'
d['s'] = 'str'
d[(1, 'x')] = 'tuple'
d[None] = 'none'
d[False] = 'bool'
print(d)
print(d[1.0], d[0])
print(d[(1, 'x')])
try:
    d[[1]] = 1
except TypeError as e:
    print('TypeError:', e)
try:
    d[{}] = 1
except TypeError as e:
    print('TypeError:', e)
print(len(d))
print({(1, 2): [3]}[(1, 2)])
