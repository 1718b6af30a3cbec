# del statement on names, items and attributes
a = 1
b = 2
del a
print('a' in globals(), 'b' in globals())
d = {'x': 1, 'y': 2, 'z': 3}
del d['y']
print(d)
l = [1, 2, 3]
del l[1]
print(l)
class C:
    pass
c = C()
c.attr = 5
print(hasattr(c, 'attr'))
del c.attr
print(hasattr(c, 'attr'))
def f():
    v = 1
    del v
    v = 2
    return v
print(f())
x, y = 1, 2
del x, y
print('x' in globals())
