class P:
    @property
    def v(self): return 1
    @v.setter
    def v(self, x): print('set', x)
p = P()
p.v = 2
try: del p.v
except AttributeError as e: print(type(e).__name__, e)
