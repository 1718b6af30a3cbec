class K:
    def m(self, x=0): return ('m', type(self).__name__, x)
k = K()
print(K.m(k), K.m(k, 5), k.m(7))
try: K.m()
except TypeError as e: print(type(e).__name__, e)
print(K.m(42))
f = k.m
print(f(), f.__self__ is k)
