it = iter([])
print(next(it, None))
def g():
    v = next(iter([]), 'default')
    yield v
print(list(g()))
def h():
    yield next(iter([]))
try: list(h())
except RuntimeError as e: print(type(e).__name__, e)
