a, b, c = 1, 2, 3
del a, (b, c)
print([n in dir() for n in 'abc'])
lst = list(range(10))
del lst[0], lst[-1]
del lst[::2]
print(lst)
d = {'x': 1, 'y': 2}
del d['x']
print(d)
class O: pass
o = O(); o.a = 1; o.b = 2
del o.a
print(vars(o))
