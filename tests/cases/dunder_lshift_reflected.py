class V:
    def __init__(self, v): self.v = v
    def __lshift__(self, o): return ('lshift', self.v, o.v if isinstance(o, V) else o)
    def __rlshift__(self, o): return ('rlshift', o, self.v)
    def __ilshift__(self, o): return ('ilshift', self.v, o)
a = V(3)
print(a << V(4))
print(a << 5)
print(5 << a)
b = a
b <<= 7
print(b)
class W:
    def __lshift__(self, o): return NotImplemented
try:
    W() << W()
except TypeError as e:
    print(type(e).__name__, e)
