# unpacking in calls and literals
def f(a, b, c):
    return a * 100 + b * 10 + c
args = [1, 2, 3]
print(f(*args))
print(f(*args[:1], *[5, 6]))
print(f(**{'a': 7, 'b': 8, 'c': 9}))
print(f(1, *(2,), **{'c': 3}))
print([*range(3), *[9]], (*'ab',), {*[1, 1, 2]})
print({**{'a': 1}, 'b': 2, **{'a': 3}})
first, *_ = 'xyz'
print(first)
print(*[1, 2], sep=':')
try:
    f(*[1, 2])
except TypeError as e:
    print('TypeError:', e)
try:
    f(**{'a': 1, 'b': 2, 'c': 3, 'd': 4})
except TypeError as e:
    print('TypeError:', e)
