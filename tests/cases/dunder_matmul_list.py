class M:
    def __init__(self, rows): self.rows = rows
    def __matmul__(self, o):
        return M([[sum(a * b for a, b in zip(r, c)) for c in zip(*o.rows)] for r in self.rows])
    def __repr__(self): return f'M({self.rows})'
a = M([[1, 2], [3, 4]])
print(a @ a, a @ M([[1, 0], [0, 1]]))
try: [1] @ [2]
except TypeError as e: print(type(e).__name__, e)
