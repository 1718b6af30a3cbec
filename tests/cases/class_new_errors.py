class C:
    def __init__(self): pass
try: C(1)
except TypeError as e: print(type(e).__name__, e)
class D: pass
try: D(1)
except TypeError as e: print(type(e).__name__, e)
class E:
    def __init__(self): return 5
try: E()
except TypeError as e: print(type(e).__name__, e)
try: object.__new__(1)
except TypeError as e: print(type(e).__name__, e)
