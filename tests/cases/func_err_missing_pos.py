def f(a, b, c): return a + b + c
for args in [(), (1,), (1, 2)]:
    try:
        f(*args)
    except TypeError as e:
        print(type(e).__name__, e)
def g(x, y=2): pass
try: g()
except TypeError as e: print(type(e).__name__, e)
