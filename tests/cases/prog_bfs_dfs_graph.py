from collections import deque
graph = {'a': ['b', 'c'], 'b': ['d'], 'c': ['d', 'e'], 'd': ['f'], 'e': ['f'], 'f': []}
def bfs(start):
    seen, order, q = {start}, [], deque([start])
    while q:
        n = q.popleft(); order.append(n)
        for m in graph[n]:
            if m not in seen:
                seen.add(m); q.append(m)
    return order
def dfs(n, seen=None):
    seen = set() if seen is None else seen
    seen.add(n)
    yield n
    for m in graph[n]:
        if m not in seen:
            yield from dfs(m, seen)
def paths(a, b):
    if a == b: return [[b]]
    return [[a] + p for m in graph[a] for p in paths(m, b)]
print(bfs('a'), list(dfs('a')), paths('a', 'f'), len(paths('a', 'f')))
