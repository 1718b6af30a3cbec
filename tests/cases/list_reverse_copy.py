# reverse, copy and aliasing
a = [1, 2, 3, 4]
b = a
c = a[:]
d = list(a)
e = a.copy()
a.reverse()
print(a, b, c, d, e)
print(a is b, a is c, c == d)
nested = [[1], [2]]
shallow = nested.copy()
shallow[0].append('x')
print(nested)
r = list(reversed(a))
print(r, a)
print(a[::-1] == r)
