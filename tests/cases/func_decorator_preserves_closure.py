import functools
def memo(f):
    cache = {}
    @functools.wraps(f)
    def w(n):
        if n not in cache: cache[n] = f(n)
        return cache[n]
    w.cache = cache
    return w
@memo
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.cache), fib.__name__)
