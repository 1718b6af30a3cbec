class A:
    def __eq__(self, o): return True
class B(A): pass
class C(A):
    __hash__ = object.__hash__
class D:
    def __hash__(self): return 7
class E(D):
    def __eq__(self, o): return False
print(A.__hash__, B.__hash__, C.__hash__ is object.__hash__, hash(D()), E.__hash__)
for cls in [A, B, E]:
    try: hash(cls())
    except TypeError as e: print(type(e).__name__, e)
