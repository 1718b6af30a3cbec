class Pair(tuple):
    def __new__(cls, a, b): return super().__new__(cls, (a, b))
    @property
    def first(self): return self[0]
p = Pair(1, 2)
print(p, p.first, len(p), type(p).__name__, p == (1, 2), hash(p) == hash((1, 2)))
a, b = p
print(a, b)
