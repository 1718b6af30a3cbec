def f(a, /, b, c=1, *args, d, e=2, **kw):
    """doc"""
    return a, b, c, args, d, e, kw
@dec
@dec2(1)
def g(x: int = 3) -> str:
    return lambda y, *, z=x: x + y + z
f(1, *[2], d=3, **{'e': 4})
obj.m(1, k=2)
h = lambda: (yield)
