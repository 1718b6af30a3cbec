# keyword arguments
def f(a, b, c):
    print(a, b, c)
f(1, 2, 3)
f(a=1, b=2, c=3)
f(c=3, a=1, b=2)
f(1, c=3, b=2)
try:
    f(1, 2, a=3)
except TypeError as e:
    print('TypeError:', e)
try:
    f(1, 2, d=4)
except TypeError as e:
    print('TypeError:', e)
try:
    f(1, 2)
except TypeError as e:
    print('TypeError:', e)
try:
    f(1, 2, 3, 4)
except TypeError as e:
    print('TypeError:', e)
def g(x, y=10):
    return x - y
print(g(y=1, x=5))
