def f():
    try:
        val = int('x')
    except ValueError:
        pass
    return val
try: f()
except UnboundLocalError as e: print(type(e).__name__, e)
