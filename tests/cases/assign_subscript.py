# assignment targets: subscripts and attributes
l = [1, 2, 3]
l[0] = 10
l[-1] = 30
print(l)
d = {}
d['a'] = 1
d['b'] = d['a'] + 1
print(d)
m = [[0] * 3 for _ in range(2)]
m[1][2] = 9
print(m)
class C:
    pass
c = C()
c.x = 5
c.x += 1
print(c.x)
l[1:2] = [7, 8, 9]
print(l)
l[:] = []
print(l)
