def f(*args, **kwargs): return args, kwargs
print(f(), f(1), f(1, 2, a=3), f(*[1, 2], **{'x': 1}), f(*'ab', *(), **{}, y=2))
def g(first, *rest, last='L', **opts): return first, rest, last, opts
print(g(1), g(1, 2, 3), g(1, last=0, z=1), g(*range(4), **{'last': 'x'}))
try:
    g()
except TypeError as e:
    print(e)
try:
    f(**{'a': 1}, **{'a': 2})
except TypeError as e:
    print(e)
try:
    f(a=1, **{'a': 2})
except TypeError as e:
    print(e)
def h(**kw): return sorted(kw)
print(h(**{'b': 1, 'a': 2}), h(**dict.fromkeys('xyz')))
args = (1, 2)
print(f(*args, *args), f(0, *args, 3, *[4]))
