class K:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, K) and self.k == o.k
    def __hash__(self): return hash(self.k)
d = {K(1): 'one'}
print(d[K(1)], K(1) in {K(1), K(2)}, len({K(1), K(1)}))
class U:
    def __eq__(self, o): return True
try: hash(U())
except TypeError as e: print(type(e).__name__, e)
class H:
    __hash__ = None
try: {H()}
except TypeError as e: print(type(e).__name__, e)
class Inherit(K): pass
print(hash(Inherit(5)) == hash(5))
