class V:
    def __init__(self, v): self.v = v
    def __pow__(self, o): return ('pow', self.v, o.v if isinstance(o, V) else o)
    def __rpow__(self, o): return ('rpow', o, self.v)
    def __ipow__(self, o): return ('ipow', self.v, o)
a = V(3)
print(a ** V(4))
print(a ** 5)
print(5 ** a)
b = a
b **= 7
print(b)
class W:
    def __pow__(self, o): return NotImplemented
try:
    W() ** W()
except TypeError as e:
    print(type(e).__name__, e)
