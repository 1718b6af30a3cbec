class Matrix:
    def __init__(self, rows): self.rows = [list(r) for r in rows]
    def __getitem__(self, idx):
        if isinstance(idx, tuple):
            r, c = idx
            return self.rows[r][c]
        return self.rows[idx]
    def __setitem__(self, idx, v):
        r, c = idx
        self.rows[r][c] = v
    def __len__(self): return len(self.rows)
    def __iter__(self): return iter(self.rows)
    def __eq__(self, o): return isinstance(o, Matrix) and self.rows == o.rows
    def __matmul__(self, o):
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in zip(*o.rows)] for r in self.rows])
    def __repr__(self): return f'Matrix({self.rows})'
m = Matrix([[1, 2], [3, 4]])
m[0, 1] = 5
print(m[0, 1], m[1], len(m), list(m), m @ m, m == Matrix([[1, 5], [3, 4]]))
print(m[-1, -1], [row[0] for row in m])
try:
    m[5, 0]
except IndexError as e:
    print('IndexError', e)
try:
    m['x']
except TypeError as e:
    print('TypeError', e)
