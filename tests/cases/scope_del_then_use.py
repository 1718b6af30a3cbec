x = 1
del x
try: print(x)
except NameError as e: print(type(e).__name__, e)
def f():
    y = 1
    del y
    try: return y
    except UnboundLocalError as e: return str(e)
print(f())
