from collections import deque
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend([7, 8]); d.extendleft([-1, -2])
print(d, list(reversed(d)), 7 in d, 99 in d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.rotate(0); print(d)
d[1] = 'x'; del d[0]; print(d, d.index(2), d.count(2))
d.remove('x'); print(d)
d.insert(1, 'ins'); print(d)
d.reverse(); print(d)
m = deque(range(5), maxlen=3)
print(m, m.maxlen)
m.append(9); print(m)
m.appendleft(-1); print(m)
m.extend([10, 11]); print(m)
print(deque(), deque('abc'), deque([1]) == deque([1]), deque([1, 2]) < deque([1, 3]), deque() == [])
q = deque()
for i in range(100):
    q.appendleft(i)
for i in range(60):
    q.pop()
print(len(q), q[0], q[-1], sum(q))
q2 = deque()
for i in range(1000):
    q2.append(i)
    if i % 3 == 0:
        q2.popleft()
print(len(q2), q2[0], q2[-1])
for bad in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5], lambda: deque([1]).remove(2),
            lambda: deque([1]).index(3), lambda: deque(maxlen=-1), lambda: hash(deque())]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
dd = deque([1, 2]); dd += [3]; print(dd, dd + deque([4]), dd * 2, dd.copy(), bool(deque()), bool(dd))
dd.clear(); print(dd)
# BFS
graph = {'a': ['b', 'c'], 'b': ['d'], 'c': ['d'], 'd': []}
seen, order, queue = {'a'}, [], deque(['a'])
while queue:
    n = queue.popleft(); order.append(n)
    for nb in graph[n]:
        if nb not in seen:
            seen.add(nb); queue.append(nb)
print(order)
win = deque(maxlen=3)
for x in [1, 2, 3, 4, 5]:
    win.append(x)
    print(sum(win) / len(win), end=' ')
print()
print(deque(maxlen=2) , deque([1, 2, 3], 2))
