# extend with different iterables
l = [1]
l.extend([2, 3])
print(l)
l.extend((4,))
l.extend(range(5, 7))
l.extend('ab')
l.extend({'k': 'v'})
print(l)
l.extend([])
print(len(l))
m = [0]
m.extend(m)
print(m)
n = [1, 2]
n += range(3, 5)
print(n)
try:
    n.extend(5)
except TypeError as e:
    print('TypeError:', e)
