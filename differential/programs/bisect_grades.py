"""bisect for grading, interval lookup, maintaining sorted collections and time-based lookups."""
import bisect
from datetime import datetime, timedelta

def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]

print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100, 59.9, 60]])

class SortedList:
    def __init__(self, items=(), key=None):
        self.key = key or (lambda x: x)
        self._items = sorted(items, key=self.key)
        self._keys = [self.key(x) for x in self._items]

    def add(self, item):
        k = self.key(item)
        i = bisect.bisect_right(self._keys, k)
        self._keys.insert(i, k)
        self._items.insert(i, item)

    def remove(self, item):
        k = self.key(item)
        i = bisect.bisect_left(self._keys, k)
        while i < len(self._items) and self._keys[i] == k:
            if self._items[i] == item:
                del self._items[i], self._keys[i]
                return
            i += 1
        raise ValueError(f"{item!r} not in list")

    def range(self, lo, hi):
        return self._items[bisect.bisect_left(self._keys, lo):bisect.bisect_right(self._keys, hi)]

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)

    def __repr__(self):
        return f"SortedList({self._items})"

sl = SortedList([("bob", 31), ("ann", 25), ("cid", 40)], key=lambda p: p[1])
sl.add(("dee", 31))
sl.add(("eve", 19))
print(sl, len(sl))
print(sl.range(25, 35))
sl.remove(("bob", 31))
print(list(sl))
try:
    sl.remove(("zed", 31))
except ValueError as e:
    print("ValueError:", e)

rates = [(datetime(2024, 1, 1), 1.10), (datetime(2024, 2, 15), 1.08), (datetime(2024, 4, 1), 1.12), (datetime(2024, 7, 1), 1.09)]
times = [t for t, _ in rates]
def rate_at(when):
    i = bisect.bisect_right(times, when) - 1
    if i < 0:
        raise LookupError(f"no rate before {when:%Y-%m-%d}")
    return rates[i][1]
for d in ["2024-01-01", "2024-03-31", "2024-04-01", "2024-12-31", "2023-12-31"]:
    try:
        print(d, rate_at(datetime.fromisoformat(d)))
    except LookupError as e:
        print(d, "LookupError:", e)
nums = []
for x in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
    bisect.insort(nums, x)
print(nums, bisect.bisect_left(nums, 5), bisect.bisect_right(nums, 5), bisect.bisect(nums, 100), bisect.bisect_left(nums, 0))
print(bisect.bisect_left(nums, 4, lo=5), bisect.bisect_right(nums, 5, 0, 4))
people = [("ann", 25), ("bob", 31), ("cid", 40)]
print(bisect.bisect_left(people, 31, key=lambda p: p[1]))
bisect.insort(people, ("dan", 33), key=lambda p: p[1])
print(people)
def first_true(lo, hi, pred):
    while lo < hi:
        mid = (lo + hi) // 2
        if pred(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo
print(first_true(0, 10**6, lambda n: n * n >= 2 * 10**9), first_true(0, 100, lambda n: False))
start = datetime(2024, 3, 10, 8)
slots = [start + timedelta(minutes=30 * i) for i in range(10)]
busy = [slots[1], slots[4], slots[5]]
free = [s for s in slots if s not in busy]
print([s.strftime("%H:%M") for s in free][:5], free[bisect.bisect_left(free, datetime(2024, 3, 10, 10, 15))].time())
