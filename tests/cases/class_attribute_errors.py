class C:
    def __init__(self): self.a = 1
c = C()
try: c.b
except AttributeError as e: print(type(e).__name__, e)
try: C.b
except AttributeError as e: print(type(e).__name__, e)
try: del c.b
except AttributeError as e: print(type(e).__name__, e)
try: (1).x = 2
except AttributeError as e: print(type(e).__name__, e)
try: object().y = 2
except AttributeError as e: print(type(e).__name__, e)
