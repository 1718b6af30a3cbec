class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y): self.x, self.y = x, y
p = P(1, 2)
print(p.x, p.y)
try: p.z = 3
except AttributeError as e: print(type(e).__name__, e)
print(hasattr(p, '__dict__'))
del p.x
try: print(p.x)
except AttributeError as e: print(type(e).__name__, e)
p.x = 10
print(p.x, P.__slots__)
