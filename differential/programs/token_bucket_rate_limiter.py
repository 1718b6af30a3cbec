"""Rate limiters over a simulated clock: token bucket, sliding window log, fixed window counter."""
from collections import deque, defaultdict

class Clock:
    def __init__(self):
        self.t = 0.0
    def advance(self, dt):
        self.t = round(self.t + dt, 6)
    def now(self):
        return self.t

class TokenBucket:
    def __init__(self, rate, capacity, clock):
        self.rate, self.capacity, self.clock = rate, capacity, clock
        self.tokens = capacity
        self.last = clock.now()
    def allow(self, cost=1):
        now = self.clock.now()
        self.tokens = min(self.capacity, self.tokens + (now - self.last) * self.rate)
        self.last = now
        if self.tokens >= cost:
            self.tokens -= cost
            return True
        return False

class SlidingLog:
    def __init__(self, limit, window, clock):
        self.limit, self.window, self.clock = limit, window, clock
        self.log = defaultdict(deque)
    def allow(self, key):
        now = self.clock.now()
        q = self.log[key]
        while q and q[0] <= now - self.window:
            q.popleft()
        if len(q) < self.limit:
            q.append(now)
            return True
        return False

class FixedWindow:
    def __init__(self, limit, window, clock):
        self.limit, self.window, self.clock = limit, window, clock
        self.counts = {}
    def allow(self, key):
        bucket = (key, int(self.clock.now() // self.window))
        n = self.counts.get(bucket, 0)
        if n >= self.limit:
            return False
        self.counts[bucket] = n + 1
        return True

clock = Clock()
tb = TokenBucket(rate=2, capacity=5, clock=clock)
sl = SlidingLog(limit=3, window=1.0, clock=clock)
fw = FixedWindow(limit=3, window=1.0, clock=clock)
arrivals = [0.0, 0.1, 0.1, 0.2, 0.3, 0.35, 0.4, 0.9, 1.0, 1.05, 1.5, 2.6, 2.61, 2.62, 2.63, 2.64, 2.65, 4.0]
rows = []
prev = 0.0
for t in arrivals:
    clock.advance(t - prev)
    prev = t
    rows.append((t, tb.allow(), sl.allow("u"), fw.allow("u"), round(tb.tokens, 3)))
print(f"{'t':>5} {'bucket':>7} {'sliding':>8} {'fixed':>6} {'tokens':>7}")
for t, a, b, c, tok in rows:
    print(f"{t:>5.2f} {str(a):>7} {str(b):>8} {str(c):>6} {tok:>7}")
print("allowed:", [sum(r[i] for r in rows) for i in (1, 2, 3)])
print(sl.log["u"], len(fw.counts), sorted(fw.counts.items())[:3])
burst = TokenBucket(rate=0.5, capacity=3, clock=clock)
print([burst.allow(c) for c in (1, 1, 2, 1)], burst.tokens)
clock.advance(4)
print(burst.allow(2), burst.tokens, clock.now())
