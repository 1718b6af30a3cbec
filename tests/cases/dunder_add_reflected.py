class V:
    def __init__(self, v): self.v = v
    def __add__(self, o): return ('add', self.v, o.v if isinstance(o, V) else o)
    def __radd__(self, o): return ('radd', o, self.v)
    def __iadd__(self, o): return ('iadd', self.v, o)
a = V(3)
print(a + V(4))
print(a + 5)
print(5 + a)
b = a
b += 7
print(b)
class W:
    def __add__(self, o): return NotImplemented
try:
    W() + W()
except TypeError as e:
    print(type(e).__name__, e)
