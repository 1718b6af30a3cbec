import math
class R:
    def __round__(self, n=None): return ('round', n)
    def __trunc__(self): return 'trunc'
    def __floor__(self): return 'floor'
    def __ceil__(self): return 'ceil'
print(round(R()), round(R(), 2), math.trunc(R()), math.floor(R()), math.ceil(R()))
try: round(object())
except TypeError as e: print(type(e).__name__, e)
