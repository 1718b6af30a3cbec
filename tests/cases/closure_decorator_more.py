import functools
def trace(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        print(f'call {fn.__name__}{a}{k if k else ""}')
        return fn(*a, **k)
    return wrapper
def repeat(n):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **k):
            return [fn(*a, **k) for _ in range(n)]
        return wrapper
    return deco
@trace
@repeat(2)
def greet(name, punct='!'):
    """Say hi."""
    return f'hi {name}{punct}'
print(greet('bob'), greet('al', punct='?'))
print(greet.__name__, greet.__doc__, greet.__wrapped__.__name__, greet.__wrapped__.__wrapped__('x'))
def counter_deco(fn):
    count = 0
    def wrapper(*a):
        nonlocal count
        count += 1
        wrapper.calls = count
        return fn(*a)
    return wrapper
@counter_deco
def sq(x): return x * x
sq(2); sq(3)
print(sq.calls, sq(4), sq.calls)
def class_deco(cls):
    cls.added = 'by decorator'
    return cls
@class_deco
class K:
    pass
print(K.added)
def singleton(cls):
    inst = {}
    def get(*a):
        if cls not in inst:
            inst[cls] = cls(*a)
        return inst[cls]
    return get
@singleton
class One:
    def __init__(self, v): self.v = v
print(One(1).v, One(2).v, One(1) is One(3))
registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn
class Plug:
    @register
    def a(self): pass
    @register
    def b(self): pass
print(registry)
print((lambda: (lambda: (lambda: 'deep')())())())
adders = {n: (lambda x, n=n: x + n) for n in range(3)}
print([f(10) for f in adders.values()])
def make_acc():
    total = []
    def acc(x):
        total.append(x)
        return sum(total)
    return acc
acc = make_acc()
print(acc(1), acc(2), acc.__closure__[0].cell_contents)
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info().hits > 0)
def deco_with_expr():
    decos = [trace]
    @decos[0]
    def inner(): return 'via subscript decorator'
    return inner()
print(deco_with_expr())
@(lambda f: lambda: f() * 2)
def doubled(): return 21
print(doubled())
