def f(*, a, b=2): return a, b
print(f(a=1), f(b=3, a=4))
try: f()
except TypeError as e: print(type(e).__name__, e)
def g(a, *args, b): return a, args, b
print(g(1, 2, 3, b=4))
