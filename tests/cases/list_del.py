# del on list elements and slices
l = list(range(10))
del l[0]
print(l)
del l[-1]
print(l)
del l[2:4]
print(l)
del l[::3]
print(l)
del l[:]
print(l)
x = [1, 2]
del x
try:
    x
except NameError as e:
    print('NameError:', e)
m = ['a', 'b', 'c']
del m[1], m[0]
print(m)
