"""Union-find with path compression, Kruskal and Prim minimum spanning trees, and friend circles."""
import heapq
from collections import defaultdict

class DSU:
    def __init__(self, items):
        self.parent = {x: x for x in items}
        self.rank = {x: 0 for x in items}
        self.sets = len(self.parent)

    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        self.sets -= 1
        return True

    def groups(self):
        g = defaultdict(list)
        for x in self.parent:
            g[self.find(x)].append(x)
        return sorted(sorted(v) for v in g.values())

EDGES = [("A", "B", 7), ("A", "D", 5), ("B", "C", 8), ("B", "D", 9), ("B", "E", 7), ("C", "E", 5),
         ("D", "E", 15), ("D", "F", 6), ("E", "F", 8), ("E", "G", 9), ("F", "G", 11)]

def kruskal(nodes, edges):
    dsu = DSU(nodes)
    tree = []
    for u, v, w in sorted(edges, key=lambda e: (e[2], e[0], e[1])):
        if dsu.union(u, v):
            tree.append((u, v, w))
    return tree

def prim(nodes, edges, start):
    adj = defaultdict(list)
    for u, v, w in edges:
        adj[u].append((w, u, v))
        adj[v].append((w, v, u))
    seen = {start}
    heap = list(adj[start])
    heapq.heapify(heap)
    tree = []
    while heap and len(seen) < len(nodes):
        w, u, v = heapq.heappop(heap)
        if v in seen:
            continue
        seen.add(v)
        tree.append((u, v, w))
        for e in adj[v]:
            if e[2] not in seen:
                heapq.heappush(heap, e)
    return tree

nodes = sorted({n for e in EDGES for n in e[:2]})
k = kruskal(nodes, EDGES)
p = prim(nodes, EDGES, "A")
print("kruskal:", k, sum(w for *_, w in k))
print("prim:   ", p, sum(w for *_, w in p))
friends = [("ann", "bob"), ("bob", "cid"), ("dee", "eve"), ("fay", "fay"), ("gus", "ann"), ("hal", "eve")]
people = sorted({x for pair in friends for x in pair} | {"ivy"})
d = DSU(people)
for a, b in friends:
    d.union(a, b)
print(d.sets, d.groups())
print(d.find("cid") == d.find("gus"), d.find("ivy") == d.find("ann"))
grid = ["11000", "11011", "00100", "00011"]
cells = [(r, c) for r in range(4) for c in range(5) if grid[r][c] == "1"]
g = DSU(cells)
for r, c in cells:
    for nr, nc in ((r + 1, c), (r, c + 1)):
        if (nr, nc) in g.parent:
            g.union((r, c), (nr, nc))
print("islands:", g.sets, [len(x) for x in g.groups()])
redundant = None
dd = DSU(range(1, 6))
for a, b in [(1, 2), (2, 3), (3, 4), (1, 4), (1, 5)]:
    if not dd.union(a, b):
        redundant = (a, b)
print("redundant edge:", redundant)
