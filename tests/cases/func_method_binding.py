class C:
    def m(self, x): return (type(self).__name__, x)
c = C()
bm = c.m
print(bm(1), bm.__self__ is c, bm.__func__ is C.m)
print(C.m(c, 2))
f = C.m
print(f.__name__)
print(bm == c.m, bm is c.m)
c.m = lambda x: ('inst', x)
print(c.m(3))
del c.m
print(c.m(4))
