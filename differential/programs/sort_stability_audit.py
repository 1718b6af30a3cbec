"""Audit sorting behaviour: stability with keys, reverse stability, comparison counts, failing comparisons."""
import random
import functools
import hashlib

class Tracked:
    log = []
    __slots__ = ("v", "tag")
    def __init__(self, v, tag):
        self.v, self.tag = v, tag
    def __lt__(self, other):
        Tracked.log.append((self.tag, other.tag))
        return self.v < other.v
    def __repr__(self):
        return f"{self.v}{self.tag}"

def digest(log):
    return hashlib.sha1(repr(log).encode()).hexdigest()[:12]

rng = random.Random(314)
for n, kind in [(5, "rand"), (40, "few"), (64, "rand"), (65, "saw"), (300, "rand"), (1000, "runs"), (700, "few")]:
    if kind == "rand":
        vals = [rng.randint(0, 10**6) for _ in range(n)]
    elif kind == "few":
        vals = [rng.randint(0, 4) for _ in range(n)]
    elif kind == "saw":
        vals = [i % 9 for i in range(n)]
    else:
        vals = []
        while len(vals) < n:
            run = sorted(rng.randint(0, 500) for _ in range(rng.randint(5, 80)))
            vals += run if rng.random() < 0.5 else run[::-1]
        vals = vals[:n]
    items = [Tracked(v, i) for i, v in enumerate(vals)]
    for rev in (False, True):
        Tracked.log = []
        out = sorted(items, reverse=rev)
        stable = all((a.v, a.tag) < (b.v, b.tag) if not rev else (a.v > b.v or (a.v == b.v and a.tag < b.tag))
                     for a, b in zip(out, out[1:]))
        print(f"n={n:<5} {kind:<5} reverse={rev!s:<5} comparisons={len(Tracked.log):<6} digest={digest(Tracked.log)} stable={stable}")

words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "Cherry", "apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=str.lower, reverse=True))
print(sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
for data in [[3, "a", 1], ["a", 3], [1, 2, "x", 0], [None, 1], [1, None, 2], list(range(20)) + ["z"] + list(range(5))]:
    for rev in (False, True):
        try:
            sorted(data, reverse=rev)
        except TypeError as e:
            print(rev, e)
lst = [5, 3, "x", 1, 4]
try:
    lst.sort()
except TypeError as e:
    print("TypeError:", e, "| list after failed sort:", lst)
lst2 = [Tracked(v, i) for i, v in enumerate([3, 1, 2, 5, 4])]
Tracked.log = []
lst2.sort(key=lambda t: -t.v)
print(lst2, Tracked.log)
Tracked.log = []
print(sorted(lst2), Tracked.log)
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)), min([4, 2, 8]), max("hello"))
