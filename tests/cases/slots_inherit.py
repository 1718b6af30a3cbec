class A:
    __slots__ = ('a',)
class B(A):
    __slots__ = ('b',)
class C(A):
    pass
b = B(); b.a = 1; b.b = 2
print(b.a, b.b)
try: b.c = 3
except AttributeError as e: print(type(e).__name__, e)
c = C(); c.a = 1; c.z = 26
print(c.a, c.z, c.__dict__)
