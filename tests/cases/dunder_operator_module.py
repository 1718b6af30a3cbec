import operator as op
class V:
    def __init__(self, v): self.v = v
    def __add__(self, o): return V(self.v + o.v)
    def __lt__(self, o): return self.v < o.v
    def __getitem__(self, k): return self.v * k
print(op.add(V(1), V(2)).v, op.lt(V(1), V(2)), op.getitem(V(3), 4))
print(op.attrgetter('v')(V(9)), op.itemgetter(2)(V(5)), op.methodcaller('__getitem__', 3)(V(2)))
