class Bad:
    def __repr__(self): return 42
try: repr(Bad())
except TypeError as e: print(type(e).__name__, e)
class BadStr:
    def __str__(self): return None
try: str(BadStr())
except TypeError as e: print(type(e).__name__, e)
class Raises:
    def __repr__(self): raise ValueError('no repr')
try: print([Raises()])
except ValueError as e: print(type(e).__name__, e)
