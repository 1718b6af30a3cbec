l = list(range(8))
l[1:3] = []
print(l)
l[::3] = ['a', 'b', 'c']
print(l)
try:
    l[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
l[2:2] = 'xy'
print(l)
del l[:]
print(l)
