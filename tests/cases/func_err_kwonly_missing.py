def f(a, *, b, c): pass
try: f(1)
except TypeError as e: print(type(e).__name__, e)
try: f(1, b=2)
except TypeError as e: print(type(e).__name__, e)
try: f(1, 2)
except TypeError as e: print(type(e).__name__, e)
def g(*, k): return k
print(g(k=3))
try: g(1)
except TypeError as e: print(type(e).__name__, e)
