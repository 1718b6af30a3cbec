for v in [1, 'abc', None, [1], (1,), {}]:
    try:
        v()
    except TypeError as e:
        print(type(e).__name__, e)
class C: pass
try: C()()
except TypeError as e: print(type(e).__name__, e)
