class Grid:
    def __init__(self): self.d = {}
    def __getitem__(self, k): print('get', k); return self.d.get(k, 0)
    def __setitem__(self, k, v): print('set', k, v); self.d[k] = v
    def __delitem__(self, k): print('del', k); del self.d[k]
g = Grid()
g[1, 2] = 5
print(g[1, 2])
g[1:3] = 'x'
g[::2]
del g[1, 2]
g[0] += 10
print(g.d)
