class A:
    def __init__(self): return None
print(type(A()).__name__)
class B:
    def __new__(cls, *a): return super().__new__(cls)
    def __init__(self, x): self.x = x
print(B(5).x)
class C:
    def __new__(cls): return object.__new__(cls)
try: C(1)
except TypeError as e: print(type(e).__name__, e)
try: object.__new__(C, 1)
except TypeError as e: print(type(e).__name__, e)
