def g(n):
    yield from g(n + 1)
try:
    list(g(0))
except RecursionError as e:
    print(type(e).__name__, e)
class I:
    def __iter__(self): return iter(self)
try:
    iter(I())
except RecursionError as e:
    print(type(e).__name__, e)
