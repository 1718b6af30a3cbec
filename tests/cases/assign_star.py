# starred assignment
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = [1, 2, 3, 4]
print(a, b)
a, *b, c = range(6)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
first, *rest = 'hello'
print(first, rest)
*init, = (1, 2)
print(init)
x, (y, *z) = 0, [1, 2, 3]
print(x, y, z)
try:
    a, *b, c = [1]
except ValueError as err:
    print('ValueError:', err)
print([*range(3), *'ab'])
print((*[1, 2], 3))
