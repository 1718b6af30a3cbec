class S:
    def __str__(self): return str(self)
try: str(S())
except RecursionError as e: print(type(e).__name__, e)
class F:
    def __format__(self, spec): return format(self, spec)
try: f'{F()}'
except RecursionError as e: print(type(e).__name__, e)
