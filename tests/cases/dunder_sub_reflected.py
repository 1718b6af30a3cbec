class V:
    def __init__(self, v): self.v = v
    def __sub__(self, o): return ('sub', self.v, o.v if isinstance(o, V) else o)
    def __rsub__(self, o): return ('rsub', o, self.v)
    def __isub__(self, o): return ('isub', self.v, o)
a = V(3)
print(a - V(4))
print(a - 5)
print(5 - a)
b = a
b -= 7
print(b)
class W:
    def __sub__(self, o): return NotImplemented
try:
    W() - W()
except TypeError as e:
    print(type(e).__name__, e)
