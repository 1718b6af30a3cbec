class R:
    def __init__(self, n): self.n = n
    def __lt__(self, o): return f'{self.n}<{o.n}'
print(R(1) < R(2))
print(R(1) < R(2) < R(3))
print(not (R(1) < R(2)))
