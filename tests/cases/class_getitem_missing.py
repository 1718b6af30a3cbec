class C: pass
try: C[int]
except TypeError as e: print(type(e).__name__, e)
try: C()[0]
except TypeError as e: print(type(e).__name__, e)
