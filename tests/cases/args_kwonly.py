# keyword-only and positional-only parameters
def f(a, *, key, flag=False):
    return a, key, flag
print(f(1, key='k'))
print(f(1, flag=True, key=2))
try:
    f(1, 2)
except TypeError as e:
    print('TypeError:', e)
try:
    f(1)
except TypeError as e:
    print('TypeError:', e)
def g(a, b, /, c):
    return a + b + c
print(g(1, 2, 3), g(1, 2, c=3))
try:
    g(1, b=2, c=3)
except TypeError as e:
    print('TypeError:', e)
def h(*args, sep='-'):
    return sep.join(args)
print(h('a', 'b'), h('a', 'b', sep='+'))
