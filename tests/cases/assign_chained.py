# chained assignment
a = b = 1
print(a, b)
a = 2
print(a, b)
x = y = []
x.append(1)
print(x, y, x is y)
i = j = k = 'z'
print(i + j + k)
l = [0, 0, 0]
n = l[0] = l[2] = 5
print(n, l)
p, q = r = 3, 4
print(p, q, r)
