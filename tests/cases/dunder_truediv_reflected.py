class V:
    def __init__(self, v): self.v = v
    def __truediv__(self, o): return ('truediv', self.v, o.v if isinstance(o, V) else o)
    def __rtruediv__(self, o): return ('rtruediv', o, self.v)
    def __itruediv__(self, o): return ('itruediv', self.v, o)
a = V(3)
print(a / V(4))
print(a / 5)
print(5 / a)
b = a
b /= 7
print(b)
class W:
    def __truediv__(self, o): return NotImplemented
try:
    W() / W()
except TypeError as e:
    print(type(e).__name__, e)
