class M:
    def __init__(self, rows): self.r = [list(map(float, row)) for row in rows]
    @classmethod
    def identity(cls, n): return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    def __matmul__(self, o): return M([[sum(a * b for a, b in zip(row, col)) for col in zip(*o.r)] for row in self.r])
    def __add__(self, o): return M([[a + b for a, b in zip(x, y)] for x, y in zip(self.r, o.r)])
    def __mul__(self, k): return M([[a * k for a in row] for row in self.r])
    __rmul__ = __mul__
    def __eq__(self, o): return self.r == o.r
    def __repr__(self): return 'M(' + repr([[int(v) if v == int(v) else v for v in row] for row in self.r]) + ')'
    @property
    def T(self): return M(list(zip(*self.r)))
    def det(self):
        if len(self.r) == 1: return self.r[0][0]
        return sum((-1) ** j * self.r[0][j] * M([row[:j] + row[j + 1:] for row in self.r[1:]]).det() for j in range(len(self.r)))
a = M([[1, 2], [3, 4]])
print(a @ M.identity(2) == a, a + a, 2 * a, a * 0.5, a.T, a.det(), M([[2, 0, 1], [1, 3, 2], [1, 1, 1]]).det())
