class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v
print(hash(H(10)), hash(H(-1)), hash(H(True)))
for v in [1.5, 'x', None]:
    try: hash(H(v))
    except TypeError as e: print(type(e).__name__, e)
print(hash(H(2**100)) == hash(2**100))
