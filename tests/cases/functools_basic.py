import functools
from functools import reduce, partial, wraps, lru_cache, cache, cmp_to_key, total_ordering, cached_property, singledispatch
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [], 1), reduce(max, [3, 9, 2]))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(e)
def power(base, exp, *, mod=None):
    r = base ** exp
    return r % mod if mod else r
sq = partial(power, exp=2)
cube = partial(power, exp=3, mod=10)
print(sq(5), cube(7), sq.func is power, sq.args, sq.keywords)
p2 = partial(partial(power, 2), 10)
print(p2(), p2.args, type(p2).__name__)
print(repr(partial(max, 1, key=abs))[:20])
def deco(fn):
    @wraps(fn)
    def wrapper(*a, **k):
        """wrapper doc"""
        return fn(*a, **k) * 2
    return wrapper
@deco
def compute(x):
    """compute doc"""
    return x + 1
print(compute(3), compute.__name__, compute.__doc__, compute.__wrapped__(3), compute.__qualname__)
calls = []
@lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(calls), fib.cache_info())
fib.cache_clear(); print(fib.cache_info())
@lru_cache(maxsize=2)
def sq2(x):
    print('compute', x)
    return x * x
sq2(1); sq2(2); sq2(1); sq2(3); sq2(2); sq2(1)
print(sq2.cache_info(), sq2.cache_parameters())
@lru_cache
def add(a, b=0): return a + b
print(add(1, 2), add(1, b=2), add(1, 2), add.cache_info())
@cache
def fact(n): return 1 if n == 0 else n * fact(n - 1)
print(fact(20), fact.cache_info().misses)
try:
    add([1], 2)
except TypeError as e:
    print(e)
def cmp(a, b): return (a > b) - (a < b)
print(sorted([3, 1, 2], key=cmp_to_key(cmp)), sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda a, b: len(b) - len(a))))
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f'V({self.v})'
a, b = V(1), V(2)
print(a < b, a <= b, a > b, a >= b, a == V(1), sorted([V(3), V(1), V(2)]), max(V(5), V(7)))
try:
    @total_ordering
    class Bad: pass
except ValueError as e:
    print(e)
class Circle:
    def __init__(self, r): self.r = r
    @cached_property
    def area(self):
        print('computing area')
        return 3 * self.r ** 2
c = Circle(2)
print(c.area, c.area, 'area' in c.__dict__)
@singledispatch
def show(x): return f'obj {x!r}'
@show.register
def _(x: int): return f'int {x}'
@show.register(list)
def _(x): return f'list of {len(x)}'
@show.register(str)
def _(x): return 'str ' + x
print(show(1), show('s'), show([1, 2]), show(2.5), show(True))
class Greeter:
    def greet(self, name, greeting='Hello'): return f'{greeting}, {name}'
    hi = functools.partialmethod(greet, greeting='Hi')
print(Greeter().hi('Bob'))
memo = {}
print(functools.reduce(lambda acc, kv: acc + kv[1], {'a': 1, 'b': 2}.items(), 0))
class Cls:
    @lru_cache(maxsize=None)
    def m(self, x): return x * 10
o = Cls(); print(o.m(2), o.m(2), Cls.m.cache_info().hits)
