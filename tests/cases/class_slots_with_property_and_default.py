class Pt:
    __slots__ = ('_x', 'y')
    def __init__(self, x, y=0): self._x = x; self.y = y
    @property
    def x(self): return self._x
p = Pt(3)
print(p.x, p.y)
try: p.x = 5
except AttributeError as e: print(type(e).__name__, e)
print(Pt.__slots__, [s for s in dir(p) if not s.startswith('__')])
