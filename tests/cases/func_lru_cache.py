import functools
@functools.lru_cache(maxsize=None)
def ways(n):
    if n < 0: return 0
    if n == 0: return 1
    return ways(n - 1) + ways(n - 2) + ways(n - 3)
print(ways(30), ways.cache_info().hits > 0)
@functools.cache
def sq(x): return x * x
print(sq(4), sq(4), sq.cache_info().hits)
