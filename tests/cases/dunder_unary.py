class N:
    def __init__(self, v): self.v = v
    def __neg__(self): return N(-self.v)
    def __pos__(self): return N(abs(self.v))
    def __invert__(self): return N(~self.v)
    def __abs__(self): return N(abs(self.v) * 10)
    def __repr__(self): return f'N({self.v})'
n = N(-3)
print(-n, +n, ~n, abs(n))
try: -object()
except TypeError as e: print(type(e).__name__, e)
try: ~1.5
except TypeError as e: print(type(e).__name__, e)
try: abs('x')
except TypeError as e: print(type(e).__name__, e)
