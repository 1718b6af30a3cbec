class T:
    def __init__(self): self._c = 0
    @property
    def c(self):
        "celsius"
        return self._c
    @c.setter
    def c(self, v):
        if v < -273: raise ValueError('too cold')
        self._c = v
    @c.deleter
    def c(self): print('deleting'); self._c = None
t = T()
t.c = 25
print(t.c, T.c.__doc__)
try: t.c = -300
except ValueError as e: print(type(e).__name__, e)
del t.c
print(t.c)
print(type(T.c).__name__, T.c.fget.__name__)
