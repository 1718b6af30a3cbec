"""Big-integer workloads: memoized recursion, matrix and fast-doubling Fibonacci, factorial digits, Catalan numbers."""
from functools import lru_cache, cache
import math

@cache
def fib_memo(n):
    return n if n < 2 else fib_memo(n - 1) + fib_memo(n - 2)

def fib_doubling(n):
    def rec(k):
        if k == 0:
            return (0, 1)
        a, b = rec(k >> 1)
        c = a * (2 * b - a)
        d = a * a + b * b
        return (d, c + d) if k & 1 else (c, d)
    return rec(n)[0]

def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

for n in (10, 90, 300, 1000):
    f = fib_doubling(n)
    assert f == fib_iter(n) == (fib_memo(n) if n < 450 else f)
    s = str(f)
    print(n, len(s), s[:15] + ("..." if len(s) > 15 else ""), f % 1_000_000_007)
print(fib_memo.cache_info().currsize, fib_doubling(10**4) % 10**10)
f1000 = math.factorial(1000)
print(len(str(f1000)), sum(map(int, str(f1000))), len(str(f1000)) - len(str(f1000).rstrip("0")))
catalan = [math.comb(2 * n, n) // (n + 1) for n in range(15)]
print(catalan)

@lru_cache(maxsize=None)
def partitions(n, k=None):
    if k is None:
        k = n
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)
print([partitions(n) for n in range(1, 16)], partitions(100))
print(2 ** 521 - 1 > 10 ** 156, (2 ** 127 - 1) % 1000, pow(3, 10 ** 18, 10 ** 9 + 7), int(str(7 ** 200)[::-1]) % 97)
x = 12345678901234567890123456789
print(x * x, x // 987654321, x % 987654321, divmod(-x, 10 ** 10), x >> 40, x.bit_length(), -x // 3, round(x, -20))
print(math.isqrt(x), math.gcd(x, 2 ** 100 * 3 ** 5), float(x), x / 3, int(1e20), 10 ** 20 == 1e20, hash(2 ** 61 - 1))
print(f"{x:,}", f"{x:_x}", f"{x:e}", format(-x, "40d"), str(x)[:5], len(bin(x)))
