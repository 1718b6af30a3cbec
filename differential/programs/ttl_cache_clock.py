"""A TTL cache with a fake clock, eviction callbacks, statistics, and a memoizing decorator that uses it."""
import functools

class FakeClock:
    def __init__(self, t=0.0):
        self.t = t
    def __call__(self):
        return self.t
    def tick(self, dt):
        self.t += dt

class TTLCache:
    def __init__(self, ttl, maxsize=128, clock=None, on_evict=None):
        self.ttl, self.maxsize = ttl, maxsize
        self.clock = clock or FakeClock()
        self.on_evict = on_evict
        self._data = {}
        self.hits = self.misses = self.evictions = 0

    def _expired(self, key):
        return self._data[key][1] <= self.clock()

    def _evict(self, key, reason):
        value, _ = self._data.pop(key)
        self.evictions += 1
        if self.on_evict:
            self.on_evict(key, value, reason)

    def purge(self):
        for k in [k for k in self._data if self._expired(k)]:
            self._evict(k, "expired")

    def __setitem__(self, key, value):
        self.purge()
        if key not in self._data and len(self._data) >= self.maxsize:
            oldest = min(self._data, key=lambda k: self._data[k][1])
            self._evict(oldest, "capacity")
        self._data[key] = (value, self.clock() + self.ttl)

    def __getitem__(self, key):
        if key in self._data and not self._expired(key):
            self.hits += 1
            return self._data[key][0]
        if key in self._data:
            self._evict(key, "expired")
        self.misses += 1
        raise KeyError(key)

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __len__(self):
        self.purge()
        return len(self._data)

    def stats(self):
        total = self.hits + self.misses
        return {"hits": self.hits, "misses": self.misses, "evictions": self.evictions,
                "hit_rate": round(self.hits / total, 3) if total else None}

evicted = []
clock = FakeClock()
cache = TTLCache(ttl=10, maxsize=3, clock=clock, on_evict=lambda k, v, why: evicted.append((k, v, why)))
cache["a"] = 1
clock.tick(3)
cache["b"] = 2
clock.tick(3)
cache["c"] = 3
print(cache.get("a"), cache.get("b"), len(cache))
cache["d"] = 4
print(evicted, cache.get("a", "gone"))
clock.tick(5)
print(cache.get("b"), cache.get("c"), len(cache), evicted[-1])
clock.tick(20)
print(len(cache), evicted[-2:], cache.stats())

def ttl_memo(ttl, clock):
    def deco(fn):
        store = TTLCache(ttl, clock=clock)
        @functools.wraps(fn)
        def wrapper(*args):
            try:
                return store[args]
            except KeyError:
                value = fn(*args)
                store[args] = value
                return value
        wrapper.cache = store
        return wrapper
    return deco

calls = []
@ttl_memo(ttl=5, clock=clock)
def price(sku):
    calls.append(sku)
    return {"x": 9.99, "y": 1.5}[sku] * (1 + len(calls) / 100)

out = []
for dt, sku in [(0, "x"), (1, "x"), (1, "y"), (4, "x"), (0, "y"), (10, "y")]:
    clock.tick(dt)
    out.append(round(price(sku), 4))
print(out, calls, price.cache.stats(), price.__name__)
try:
    cache["zzz"]
except KeyError as e:
    print("KeyError:", e)
