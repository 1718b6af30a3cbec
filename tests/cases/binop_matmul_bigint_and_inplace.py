for a, b in [(2**100, 1), (1, 2**100), (2**70, 2.5)]:
    try: a @ b
    except TypeError as e: print(type(e).__name__, e)
x = 5
try: x @= 2
except TypeError as e: print(type(e).__name__, e)
x = 2**80
try: x @= x
except TypeError as e: print(type(e).__name__, e)
