from collections import OrderedDict
class LRU:
    def __init__(self, cap): self.cap, self.d = cap, OrderedDict()
    def get(self, k):
        if k not in self.d: return None
        self.d.move_to_end(k)
        return self.d[k]
    def put(self, k, v):
        self.d[k] = v
        self.d.move_to_end(k)
        if len(self.d) > self.cap:
            self.d.popitem(last=False)
    def __repr__(self): return f'LRU({list(self.d.items())})'
    def __len__(self): return len(self.d)
    def __contains__(self, k): return k in self.d
c = LRU(2)
c.put('a', 1); c.put('b', 2); c.get('a'); c.put('c', 3)
print(c, len(c), 'b' in c, c.get('b'), c.get('a'))
