def f(a, b): pass
try: f(1, 2, c=3)
except TypeError as e: print(type(e).__name__, e)
try: f(1, b=2, a=3)
except TypeError as e: print(type(e).__name__, e)
class C:
    def m(self, x): pass
try: C().m(y=1)
except TypeError as e: print(type(e).__name__, e)
