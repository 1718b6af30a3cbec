class S:
    __slots__ = 'only'
s = S(); s.only = 1
print(s.only)
try: s.other = 1
except AttributeError as e: print(type(e).__name__, e)
class D:
    __slots__ = ('x', '__dict__')
d = D(); d.x = 1; d.y = 2
print(d.x, d.y, d.__dict__)
