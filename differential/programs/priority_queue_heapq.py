"""heapq-based utilities: top-k, merge sorted streams, running median, k-closest, event timeline."""
import heapq
from itertools import count

scores = {"ann": 88, "bob": 95, "cid": 72, "dee": 95, "eve": 64, "fay": 81, "gus": 99}
print(heapq.nlargest(3, scores.items(), key=lambda kv: kv[1]))
print(heapq.nsmallest(2, scores, key=scores.get), heapq.nlargest(2, [5, 1, 8, 3]), heapq.nsmallest(10, [3, 1]))

a, b, c = [1, 4, 9, 16], [2, 3, 5, 7, 11], [0, 10, 20]
print(list(heapq.merge(a, b, c)), list(heapq.merge(["z", "b"], ["y", "a"], key=str.upper, reverse=True)))

class RunningMedian:
    def __init__(self):
        self.lo, self.hi = [], []
    def add(self, x):
        heapq.heappush(self.lo, -x)
        heapq.heappush(self.hi, -heapq.heappop(self.lo))
        if len(self.hi) > len(self.lo):
            heapq.heappush(self.lo, -heapq.heappop(self.hi))
    def median(self):
        if len(self.lo) > len(self.hi):
            return -self.lo[0]
        return (-self.lo[0] + self.hi[0]) / 2

rm = RunningMedian()
meds = []
for x in [5, 15, 1, 3, 8, 7, 9, 10, 20, 2]:
    rm.add(x)
    meds.append(rm.median())
print(meds)

points = [(1, 3), (-2, 2), (5, 8), (0, 1), (3, -3), (-1, -1)]
print(heapq.nsmallest(3, points, key=lambda p: p[0] ** 2 + p[1] ** 2))

h = [9, 4, 7, 1, 8, 2]
heapq.heapify(h)
print(h, heapq.heappop(h), heapq.heappushpop(h, 3), heapq.heapreplace(h, 10), h)
sorted_out = [heapq.heappop(h) for _ in range(len(h))]
print(sorted_out)

class PQ:
    REMOVED = "<removed>"
    def __init__(self):
        self.heap, self.entries, self.counter = [], {}, count()
    def push(self, task, prio):
        if task in self.entries:
            self.remove(task)
        entry = [prio, next(self.counter), task]
        self.entries[task] = entry
        heapq.heappush(self.heap, entry)
    def remove(self, task):
        entry = self.entries.pop(task)
        entry[-1] = self.REMOVED
    def pop(self):
        while self.heap:
            prio, _, task = heapq.heappop(self.heap)
            if task is not self.REMOVED:
                del self.entries[task]
                return task, prio
        raise KeyError("pop from an empty priority queue")

pq = PQ()
for t, p in [("write", 3), ("test", 2), ("deploy", 5), ("review", 2), ("plan", 1)]:
    pq.push(t, p)
pq.push("deploy", 0)
pq.remove("test")
order = []
try:
    while True:
        order.append(pq.pop())
except KeyError as e:
    print("done:", e)
print(order)

def kth_smallest_matrix(m, k):
    heap = [(row[0], r, 0) for r, row in enumerate(m)]
    heapq.heapify(heap)
    for _ in range(k - 1):
        v, r, c = heapq.heappop(heap)
        if c + 1 < len(m[r]):
            heapq.heappush(heap, (m[r][c + 1], r, c + 1))
    return heap[0][0]

print(kth_smallest_matrix([[1, 5, 9], [10, 11, 13], [12, 13, 15]], 8))
intervals = [(1, 4), (2, 5), (7, 9), (3, 6), (8, 10), (11, 12)]
rooms = []
for start, end in sorted(intervals):
    if rooms and rooms[0] <= start:
        heapq.heapreplace(rooms, end)
    else:
        heapq.heappush(rooms, end)
print("rooms needed:", len(rooms), sorted(rooms))
