class R:
    def __init__(self, n): self.n = n
    def close(self): print('closed', self.n)
    def __enter__(self): return self
    def __exit__(self, *a): self.close()
with R(1) as r: pass
rs = [R(i) for i in range(3)]
for r in reversed(rs): r.close()
