class A:
    def __init__(self, v): self.v = v
    def __add__(self, o): return A(self.v + o)
    def __repr__(self): return f'A({self.v})'
a = A(1); b = a
a += 5
print(a, b, a is b)
class M:
    def __init__(self): self.items = []
    def __iadd__(self, o): self.items.append(o); return self
m = M(); n = m
m += 1; m += 2
print(m is n, m.items)
class Bad:
    def __iadd__(self, o): return None
x = Bad(); x += 1
print(x)
