a = b = c = [1]
a.append(2)
print(a, b, c, a is c)
x, y = y_init, x_init = 1, 2
print(x, y, y_init, x_init)
i = 0
lst = [10, 20]
i, lst[i] = 1, 99
print(i, lst)
d = {}
d['a'] = d['b'] = 0
print(d)
n = 5
n, m = n + 1, n * 2
print(n, m)
class O: pass
o = O()
o.x = o.y = 'same'
print(o.x is o.y)
first, second, *_ = 'xyzw'
print(first, second, _)
t = 1,
print(t, type(t).__name__)
(p) = 5
[q] = [6]
print(p, q)
