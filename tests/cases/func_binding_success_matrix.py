# Successful bindings: every combination of positional/keyword/defaults/star forms.
def show(*a, **k):
    return a, k
def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return (a, b, c, args, d, e, sorted(kw.items()))
print(f(1, d=4))
print(f(1, 2, 3, 4, 5, d=6))
print(f(1, c=30, d=4, z=9))
print(f(1, 2, d=4, a=100))          # 'a' is positional-only so it goes into **kw
print(f(*[1, 2, 3], *(4,), d=0, **{'e': 7, 'f': 8}))
print(f(1, **{'d': 1}, **{'b': 2}))
print(show(*'ab', *range(2), x=1, **{'y': 2}))
print(show(**dict(a=1), b=2))
def g(*, a, b=2, **rest): return a, b, rest
print(g(a=1), g(b=0, a=1, c=3))
def h(a, b, *args): return a, b, args
print(h(1, 2), h(*range(5)))
def defaults(x=[], y={}):
    x.append(1); y[len(x)] = 1
    return len(x), len(y)
print(defaults(), defaults(), defaults([]), defaults.__defaults__[0])
def kwd(*, z=10): return z
print(kwd.__kwdefaults__, kwd())
kwd.__kwdefaults__ = {'z': 99}
print(kwd())
f.__defaults__
def late(a, b=1): return a, b
late.__defaults__ = (100,)
print(late(1))
late.__defaults__ = (5, 6)
print(late())
late.__defaults__ = None
try:
    late()
except TypeError as e:
    print(e)
import functools
p = functools.partial(f, 1, d=9)
print(p(2, 3, 4, e=0))
print(f.__code__.co_argcount, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount, f.__code__.co_varnames[:7])
