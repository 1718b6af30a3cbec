# slice assignment and deletion
l = list(range(8))
l[2:4] = ['a', 'b', 'c']
print(l)
l[:0] = [-1]
print(l)
l[len(l):] = [99]
print(l)
l[1:4] = []
print(l)
del l[0]
print(l)
del l[::2]
print(l)
m = [0, 1, 2, 3, 4, 5]
m[::2] = ['x', 'y', 'z']
print(m)
try:
    m[::2] = [1]
except ValueError as e:
    print('ValueError:', e)
del m[-2:]
print(m)
