def init(self, v): self.v = v
C = type('C', (), {'__init__': init, 'double': lambda self: self.v * 2, 'k': 1})
c = C(4)
print(C.__name__, c.double(), C.k, type(c) is C)
D = type('D', (C,), {})
print(D(3).double(), D.__mro__ == (D, C, object), D.__bases__[0].__name__)
print(type(type), type(int), type(1))
try: type('X', 1, {})
except TypeError as e: print(type(e).__name__, e)
