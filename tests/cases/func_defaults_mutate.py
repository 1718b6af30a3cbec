def f(a=1, b=2): return a, b
print(f())
f.__defaults__ = (10, 20)
print(f())
f.__defaults__ = (5,)
print(f(1))
try: f()
except TypeError as e: print(type(e).__name__, e)
def g(*, k=1): return k
g.__kwdefaults__ = {'k': 9}
print(g())
