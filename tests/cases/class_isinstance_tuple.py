class A: pass
class B(A): pass
print(isinstance(B(), (int, A)), isinstance(1, (str, (list, int))))
print(issubclass(B, (int, A)), issubclass(bool, int), issubclass(B, B))
try: isinstance(1, 1)
except TypeError as e: print(type(e).__name__, e)
try: issubclass(1, int)
except TypeError as e: print(type(e).__name__, e)
