def f(a, *, k=1): pass
try: f(1, 2)
except TypeError as e: print(type(e).__name__, e)
def g(a, b=1, *, k): pass
try: g(1, 2, 3, k=4)
except TypeError as e: print(type(e).__name__, e)
try: g(1, 2, 3)
except TypeError as e: print(type(e).__name__, e)
