class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *, scale=1): return (self.n + x) * scale
a = Adder(3)
print(a(4), a(1, scale=10), callable(a), callable(Adder), callable(5))
print(list(map(Adder(100), [1, 2])))
class NoCall: pass
try: NoCall()()
except TypeError as e: print(type(e).__name__, e)
