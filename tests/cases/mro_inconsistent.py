class A: pass
class B(A): pass
try:
    class C(A, B): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class D(A, A): pass
except TypeError as e:
    print(type(e).__name__, e)
