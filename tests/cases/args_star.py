# *args and **kwargs
def f(*args):
    return args
print(f(), f(1), f(1, 'a', None))
def g(a, *rest):
    return a, rest
print(g(1), g(1, 2, 3))
def h(**kw):
    return sorted(kw.items())
print(h(), h(x=1, y=2))
def every(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, sorted(kw.items())
print(every(1, c=3))
print(every(1, 5, 6, 7, c=8, e=9))
print(f(*[1, 2], *(3,)))
opts = {'c': 'C', 'z': 'Z'}
print(every(0, **opts))
print(h(**{'a': 1}, b=2))
def call(fn, *args, **kwargs):
    return fn(*args, **kwargs)
print(call(max, 3, 9, 2), call(sorted, [3, 1], reverse=True))
