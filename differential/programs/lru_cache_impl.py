"""An LRU cache class built on OrderedDict, plus a decorator using it; compared with functools."""
from collections import OrderedDict
from functools import wraps, lru_cache

class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = 0

    def get(self, key, default=None):
        if key in self.data:
            self.data.move_to_end(key)
            self.hits += 1
            return self.data[key]
        self.misses += 1
        return default

    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            evicted = self.data.popitem(last=False)
            return evicted
        return None

    def __contains__(self, key):
        return key in self.data

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        items = ", ".join(f"{k!r}: {v!r}" for k, v in self.data.items())
        return f"LRUCache({self.capacity}, {{{items}}})"

def memoize(capacity=3):
    def deco(fn):
        cache = LRUCache(capacity)
        @wraps(fn)
        def wrapper(*args):
            hit = cache.get(args, cache)
            if hit is not cache:
                return hit
            result = fn(*args)
            cache.put(args, result)
            return result
        wrapper.cache = cache
        return wrapper
    return deco

c = LRUCache(3)
for k, v in [("a", 1), ("b", 2), ("c", 3)]:
    c.put(k, v)
print(c)
print(c.get("a"), c.put("d", 4), c)
print(c.get("b", "missing"), "c" in c, len(c))
print(c.put("c", 30), c)
print(c.hits, c.misses)

@memoize(capacity=2)
def slow_square(n):
    """Square n (pretend it is slow)."""
    print(f"  computing {n}")
    return n * n

for n in [2, 3, 2, 4, 3, 2]:
    print(n, "->", slow_square(n))
print(slow_square.__name__, slow_square.__doc__, slow_square.__wrapped__.__name__)
print(slow_square.cache)

@lru_cache(maxsize=2)
def cube(n):
    print(f"  cubing {n}")
    return n ** 3

for n in [2, 3, 2, 4, 3, 2]:
    print(n, "->", cube(n))
print(cube.cache_info())

od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.move_to_end("e", last=False)
print(list(od), od.popitem(), od.popitem(last=False))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1))
print(repr(OrderedDict([(1, "x"), (2, "y")])), OrderedDict())
try:
    LRUCache(0)
except ValueError as e:
    print("error:", e)
