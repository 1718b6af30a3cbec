# range construction and iteration
print(list(range(5)))
print(list(range(2, 8)))
print(list(range(0, 10, 3)))
print(list(range(10, 0, -1)))
print(list(range(10, 0, -3)))
print(list(range(5, 5)))
print(list(range(5, 0)))
print(list(range(-5, 0)))
print(list(range(0, -10, -2)))
print(range(5))
print(range(1, 10, 2))
print(range(0, 5, 1))
try:
    range(0, 10, 0)
except ValueError as e:
    print('ValueError:', e)
