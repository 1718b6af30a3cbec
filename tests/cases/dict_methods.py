# dict methods
d = {'a': 1}
print(d.setdefault('a', 5), d.setdefault('b', 2), d)
d.update({'c': 3})
d.update(d2=4)
d.update([('e', 5)])
print(d)
print(d.pop('a'), d)
print(d.pop('zz', 'none'))
try:
    d.pop('zz')
except KeyError as e:
    print('KeyError:', e)
print(d.popitem(), d)
c = d.copy()
c['x'] = 0
print(len(c), len(d))
print(dict.fromkeys([1, 2, 3], 0))
print(dict.fromkeys('ab'))
d.clear()
print(d)
m = {'a': 1} | {'b': 2}
print(m)
m |= {'a': 9}
print(m)
