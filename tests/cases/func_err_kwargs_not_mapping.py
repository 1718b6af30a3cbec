def f(**kw): return kw
try: f(**[1, 2])
except TypeError as e: print(type(e).__name__, e)
try: f(*5)
except TypeError as e: print(type(e).__name__, e)
try: f(**{1: 2})
except TypeError as e: print(type(e).__name__, e)
try: f(**{'a': 1}, **{'a': 2})
except TypeError as e: print(type(e).__name__, e)
