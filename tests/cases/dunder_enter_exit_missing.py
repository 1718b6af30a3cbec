class NoExit:
    def __enter__(self): return self
try:
    with NoExit(): pass
except TypeError as e: print(type(e).__name__, e)
class NoEnter:
    def __exit__(self, *a): pass
try:
    with NoEnter(): pass
except TypeError as e: print(type(e).__name__, e)
