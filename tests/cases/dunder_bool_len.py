class B:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
print(bool(B(True)), bool(B(False)), 'yes' if B(True) else 'no')
class L:
    def __len__(self): return 0
print(bool(L()), not L())
class Both:
    def __bool__(self): return True
    def __len__(self): return 0
print(bool(Both()))
class BadBool:
    def __bool__(self): return 1
try: bool(BadBool())
except TypeError as e: print(type(e).__name__, e)
class BadLen:
    def __len__(self): return -1
try: len(BadLen())
except ValueError as e: print(type(e).__name__, e)
