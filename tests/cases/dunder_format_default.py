class A: pass
print(format(A(), '')[:3])
try: format(A(), 'x')
except TypeError as e: print(type(e).__name__, e)
class B:
    def __format__(self, spec): return 5
try: format(B())
except TypeError as e: print(type(e).__name__, e)
class C(int):
    pass
print(format(C(42), '05d'), f'{C(7):b}')
