def f(a, b): pass
try: f(1, 2, 3)
except TypeError as e: print(type(e).__name__, e)
def g(a, b=1): pass
try: g(1, 2, 3)
except TypeError as e: print(type(e).__name__, e)
def h(): pass
try: h(1)
except TypeError as e: print(type(e).__name__, e)
def k(a): pass
try: k(1, 2)
except TypeError as e: print(type(e).__name__, e)
class C:
    def m(self, x): pass
try: C().m(1, 2)
except TypeError as e: print(type(e).__name__, e)
