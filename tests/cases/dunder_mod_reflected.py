class V:
    def __init__(self, v): self.v = v
    def __mod__(self, o): return ('mod', self.v, o.v if isinstance(o, V) else o)
    def __rmod__(self, o): return ('rmod', o, self.v)
    def __imod__(self, o): return ('imod', self.v, o)
a = V(3)
print(a % V(4))
print(a % 5)
print(5 % a)
b = a
b %= 7
print(b)
class W:
    def __mod__(self, o): return NotImplemented
try:
    W() % W()
except TypeError as e:
    print(type(e).__name__, e)
