class L:
    def __len__(self): return len(self)
try: len(L())
except RecursionError as e: print(type(e).__name__, e)
class B:
    def __bool__(self): return bool(self)
try: bool(B())
except RecursionError as e: print(type(e).__name__, e)
