# function decorators
def shout(fn):
    def wrapper(*a, **k):
        return fn(*a, **k).upper()
    return wrapper
@shout
def greet(name):
    return 'hello ' + name
print(greet('bob'))
calls = []
def trace(fn):
    def wrapper(*args):
        calls.append((fn.__name__, args))
        return fn(*args)
    return wrapper
@trace
def add(a, b):
    return a + b
print(add(1, 2), add(3, 4), calls)
def repeat(n):
    def deco(fn):
        def wrapper():
            return [fn() for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def one():
    return 1
print(one())
def a(fn):
    return lambda: 'a(' + fn() + ')'
def b(fn):
    return lambda: 'b(' + fn() + ')'
@a
@b
def base():
    return 'base'
print(base())
def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))
