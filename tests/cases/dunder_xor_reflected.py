class V:
    def __init__(self, v): self.v = v
    def __xor__(self, o): return ('xor', self.v, o.v if isinstance(o, V) else o)
    def __rxor__(self, o): return ('rxor', o, self.v)
    def __ixor__(self, o): return ('ixor', self.v, o)
a = V(3)
print(a ^ V(4))
print(a ^ 5)
print(5 ^ a)
b = a
b ^= 7
print(b)
class W:
    def __xor__(self, o): return NotImplemented
try:
    W() ^ W()
except TypeError as e:
    print(type(e).__name__, e)
