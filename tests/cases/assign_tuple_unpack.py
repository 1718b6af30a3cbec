# tuple unpacking
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
x, y, z = 'xyz'
print(x, y, z)
p, q = [10, 20]
print(p, q)
for i, (k, v) in enumerate([('a', 1), ('b', 2)]):
    print(i, k, v)
try:
    m, n = 1, 2, 3
except ValueError as err:
    print('ValueError:', err)
try:
    m, n, o = 1, 2
except ValueError as err:
    print('ValueError:', err)
[f, g] = 7, 8
print(f, g)
