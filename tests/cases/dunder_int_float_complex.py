class N:
    def __int__(self): return 42
    def __float__(self): return 2.5
    def __complex__(self): return 1 + 2j
print(int(N()), float(N()), complex(N()))
class OnlyIndex:
    def __index__(self): return 7
print(int(OnlyIndex()), float(OnlyIndex()))
class BadInt:
    def __int__(self): return 'x'
try: int(BadInt())
except TypeError as e: print(type(e).__name__, e)
try: float(object())
except TypeError as e: print(type(e).__name__, e)
