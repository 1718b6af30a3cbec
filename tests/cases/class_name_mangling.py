class A:
    __secret = 'a-secret'
    def __init__(self): self.__x = 1
    def get(self): return self.__x, self.__secret, A.__secret
    def __dunder__(self): return 'not mangled'
a = A()
print(a.get(), sorted(k for k in vars(a)), a._A__x, A._A__secret, a.__dunder__())
try: a.__x
except AttributeError as e: print(type(e).__name__, e)
class B(A):
    def peek(self):
        try: return self.__x
        except AttributeError as e: return str(e)
print(B().peek())
