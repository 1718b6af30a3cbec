class P:
    def __init__(self): self._x = 0
    @property
    def x(self):
        "the x property"
        return self._x
    @x.setter
    def x(self, v):
        if v < 0: raise ValueError('negative')
        self._x = v
    @x.deleter
    def x(self):
        print('deleting'); self._x = None
    ro = property(lambda self: 'ro')
    wo = property(None, lambda self, v: print('wo set', v))
p = P()
p.x = 5
print(p.x, P.x.__doc__, type(P.x).__name__)
try:
    p.x = -1
except ValueError as e:
    print('ValueError', e)
del p.x
print(p.x)
try:
    p.ro = 1
except AttributeError as e:
    print('AttributeError', e)
try:
    del p.ro
except AttributeError as e:
    print('AttributeError', e)
p.wo = 3
try:
    p.wo
except AttributeError as e:
    print('AttributeError', e)
print(P.x.fget.__name__, P.x.fset.__name__, P.x.fdel.__name__, P.ro.fset)
prop = property(doc='just doc')
print(prop.__doc__, prop.fget)
class Q(P):
    @P.x.getter
    def x(self): return 'overridden getter'
q = Q()
q.x = 7
print(q.x, q._x)
print(isinstance(P.x, property), property.__name__)
class Computed:
    @property
    def items(self): return [1, 2, 3]
c = Computed()
print(c.items is c.items, c.items == c.items)
class Err:
    @property
    def bad(self): raise KeyError('from property')
try:
    Err().bad
except KeyError as e:
    print('KeyError', e)
print(hasattr(Err(), 'bad') if False else 'skip hasattr with KeyError')
class AttrErr:
    @property
    def bad(self): raise AttributeError('inner missing')
print(hasattr(AttrErr(), 'bad'), getattr(AttrErr(), 'bad', 'default'))
