def outer():
    x = 1
    def inc():
        nonlocal x
        x += 1
        return x
    inc(); inc()
    return x, inc
print(outer()[0])
class A:
    y = 10
    def m(self):
        return __class__.__name__
    def n(self):
        return self.y
print(A().m(), A().n(), A.__qualname__, A.m.__qualname__)
def mk():
    v = 1
    class D:
        v = 2
        def get(self): return v
        w = v
    return D
D = mk()
print(D().get(), D.w, D.v)
def defaults(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(defaults(1, c=3))
print(defaults(1, 5, 6, 7, c=3, d=8, e=9))
print(defaults(*[1, 2, 3], **{'c': 0}))
def po(a, b, /, c): return a + b + c
print(po(1, 2, c=3))
f = lambda x, *, y=2: x * y
print(f(3), f(3, y=3))
print([i * j for i in range(3) for j in range(i) if j])
print({k: v for k, v in zip('ab', (1, 2))})
print(sorted({c for c in 'hello'}))
print(list(x * 2 for x in range(3)))
print(sum(x for x in range(10) if x % 2))
class C:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
print(C.doubled)
print((y := 10), y)
print([z := k for k in range(3)], z)
a, *b, c = range(6)
print(a, b, c)
(p, q), r = (1, 2), 3
print(p, q, r)
l = [1, 2, 3]
l[1] += 10
print(l)
class O: pass
o = O(); o.a = 1; o.a += 5; print(o.a)
d = {'x': 1, **{'y': 2}, 'z': 3}
print(d)
print([*range(2), *'ab'], (*range(2),))
print(f'{3.14159:.2f} {"s"!r} {d["x"]:>5} {a=}')
w = 7
print(f'{w:{w}}|')
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2)
print(None or 0 or 'x', 1 and 2 and 0)
print(not 1, -5, +5, ~5)
s = 'abcdef'
print(s[1:4], s[::2], s[::-1], s[-2:])
del l[0]
print(l)
import math
from math import sqrt as sq, pi
print(sq(16), pi > 3)
def gen():
    x = yield 1
    print('got', x)
    yield from [2, 3]
    return 4
g = gen()
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print('stop', e.value)
@lambda fn: (lambda *a: fn(*a) * 2)
def dbl(x): return x
print(dbl(21))
def doc():
    """the doc"""
print(doc.__doc__)
class Dc:
    "class doc"
print(Dc.__doc__)
x: int = 5
print(__annotations__)
class An:
    a: int
    b: str = 'x'
print(An.__annotations__)
def ann(a: int, b: 'str' = 1) -> bool: pass
print(ann.__annotations__)
i = 0
while i < 3:
    i += 1
    if i == 2:
        continue
    print('w', i)
else:
    print('while else')
