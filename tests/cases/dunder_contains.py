class C:
    def __contains__(self, x): print('contains', x); return x == 3
c = C()
print(3 in c, 4 in c, 4 not in c)
class It:
    def __iter__(self): return iter([1, 2, 3])
print(2 in It(), 9 in It())
class Seq:
    def __getitem__(self, i):
        if i > 4: raise IndexError
        return i * 10
print(30 in Seq(), 35 in Seq())
class R:
    def __contains__(self, x): return 'truthy'
print(1 in R())
try: 1 in 5
except TypeError as e: print(type(e).__name__, e)
