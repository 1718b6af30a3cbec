class Tree:
    def __init__(self, v, *kids): self.v, self.kids = v, kids
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
    def depth_first(self, depth=0):
        yield depth, self.v
        for k in self.kids:
            yield from k.depth_first(depth + 1)
    def leaves(self):
        if not self.kids:
            yield self.v
            return
        for k in self.kids:
            yield from k.leaves()
t = Tree(1, Tree(2, Tree(4)), Tree(3, Tree(5), Tree(6)))
print(list(t), list(t.depth_first()), list(t.leaves()), sum(t), max(t), 5 in t)
class Counter:
    def __init__(self): self.n = 0
    def ticks(self, k):
        for _ in range(k):
            self.n += 1
            yield self.n
c = Counter()
g1, g2 = c.ticks(2), c.ticks(2)
print(next(g1), next(g2), next(g1), next(g2), c.n)
