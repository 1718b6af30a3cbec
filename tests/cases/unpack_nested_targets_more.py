data = [(1, ('a', [True, None])), (2, ('b', [False, 0]))]
for n, (ch, [flag, extra]) in data:
    print(n, ch, flag, extra)
(a, (b, (c, d))) = 1, (2, (3, 4))
print(a, b, c, d)
x = [0, 0, 0]
x[0], (x[1], x[2]) = 'p', 'qr'
print(x)
class O: pass
o = O()
o.a, o.b = 1, 2
print(o.a, o.b)
d = {}
d['k'], d['j'] = (5, 6)
print(d)
first, *middle, last = range(7)
print(first, middle, last)
[(p, q)] = [(1, 2)]
print(p, q)
for i, (j, *k) in enumerate([(1, 2, 3), (4,)]):
    print(i, j, k)
s1, s2 = {'only1', 'only2'} if False else ('only1', 'only2')
print(s1, s2)
try:
    (a, b), c = 1, 2
except TypeError as e:
    print(e)
try:
    a, (b, c) = 1, (2, 3, 4)
except ValueError as e:
    print(e)
