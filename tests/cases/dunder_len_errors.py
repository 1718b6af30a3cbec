class L:
    def __init__(self, v): self.v = v
    def __len__(self): return self.v
print(len(L(5)))
for v in ['3', 2.5, 2**70]:
    try: print(len(L(v)))
    except (TypeError, OverflowError) as e: print(type(e).__name__, e)
class NoLen: pass
try: len(NoLen())
except TypeError as e: print(type(e).__name__, e)
