import functools
calls = 0
def fib_naive(n):
    global calls
    calls += 1
    return n if n < 2 else fib_naive(n - 1) + fib_naive(n - 2)
print(fib_naive(15), calls)
@functools.cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), fib.cache_info().currsize)
def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
g = fib_gen()
print([next(g) for _ in range(12)])
memo = {}
def fib_memo(n):
    if n in memo: return memo[n]
    memo[n] = r = n if n < 2 else fib_memo(n - 1) + fib_memo(n - 2)
    return r
print(fib_memo(90), len(memo))
