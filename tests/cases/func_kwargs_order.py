def f(**kw): return list(kw.items())
print(f(b=1, a=2, c=3))
print(f(**{'z': 1, 'y': 2}, x=3))
def g(a, *args, b=0, **kw): return a, args, b, kw
print(g(1, 2, 3, b=4, c=5))
print(g(*[1, 2], **{'b': 7, 'e': 8}))
print(g(1, *(2, 3), *[4], b=5, **{'q': 1}))
