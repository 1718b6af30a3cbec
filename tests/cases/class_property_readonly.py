class P:
    @property
    def x(self): return 1
p = P()
try: p.x = 2
except AttributeError as e: print(type(e).__name__, e)
try: del p.x
except AttributeError as e: print(type(e).__name__, e)
class Q:
    x = property(lambda self: 5, doc='five')
print(Q().x, Q.x.__doc__)
