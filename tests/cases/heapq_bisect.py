import heapq, bisect
h = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(h, x)
print(h, h[0])
print([heapq.heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data); print(data)
print(heapq.heapreplace(data, 10), data)
print(heapq.heappushpop(data, -1), heapq.heappushpop(data, 4), data)
print(heapq.nlargest(3, [5, 1, 8, 3, 9, 2]), heapq.nsmallest(2, [5, 1, 8, 3, 9, 2]), heapq.nlargest(1, [1, 3, 2]), heapq.nsmallest(10, [3, 1]))
people = [('ann', 31), ('bob', 25), ('cy', 31), ('di', 22)]
print(heapq.nlargest(2, people, key=lambda p: p[1]), heapq.nsmallest(2, people, key=lambda p: p[1]), heapq.nlargest(0, people))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge([5, 3], [4, 1], reverse=True)))
print(list(heapq.merge(['a', 'ccc'], ['bb', 'dddd'], key=len)), list(heapq.merge()))
tasks = []
for prio, name in [(2, 'write'), (1, 'plan'), (3, 'test'), (1, 'coffee')]:
    heapq.heappush(tasks, (prio, name))
while tasks:
    print(heapq.heappop(tasks), end=' ')
print()
try:
    heapq.heappop([])
except IndexError as e:
    print('IndexError', e)
# heap sort
def hsort(it):
    h = []
    for v in it: heapq.heappush(h, v)
    return [heapq.heappop(h) for _ in range(len(h))]
print(hsort([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]))
# dijkstra
g = {'a': [('b', 1), ('c', 4)], 'b': [('c', 2), ('d', 5)], 'c': [('d', 1)], 'd': []}
dist = {'a': 0}; pq = [(0, 'a')]
while pq:
    d, u = heapq.heappop(pq)
    if d > dist.get(u, 1e9): continue
    for v, w in g[u]:
        if d + w < dist.get(v, 1e9):
            dist[v] = d + w; heapq.heappush(pq, (d + w, v))
print(dist)
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 4), bisect.bisect_left(a, 0), bisect.bisect(a, 100), bisect.bisect_left(a, 4, 3), bisect.bisect_left(a, 4, 0, 2))
bisect.insort(a, 3); bisect.insort_left(a, 4); bisect.insort_right(a, 9); print(a)
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
recs = [(1, 'a'), (3, 'c'), (5, 'e')]
print(bisect.bisect_left(recs, 3, key=lambda r: r[0]))
bisect.insort(recs, (4, 'd'), key=lambda r: r[0]); print(recs)
try:
    bisect.bisect([1], 1, -1)
except ValueError as e:
    print(e)
