for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
for first, *rest in ['abc', 'de']:
    print(first, rest)
d = {}
for d['k'] in range(3): pass
print(d)
class O: pass
o = O()
for o.attr in 'xy': pass
print(o.attr)
