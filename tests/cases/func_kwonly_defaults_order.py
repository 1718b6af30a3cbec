def f(a, b=1, *args, c, d=2, e, **kw):
    return a, b, args, c, d, e, kw
print(f(0, c=1, e=2))
print(f(0, 9, 8, 7, c=1, e=2, z=3))
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount)
print(f.__code__.co_varnames[:8])
