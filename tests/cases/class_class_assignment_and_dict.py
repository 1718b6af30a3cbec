class A:
    def who(self): return 'A'
class B:
    def who(self): return 'B'
a = A()
a.__class__ = B
print(a.who(), type(a).__name__, isinstance(a, B))
try:
    a.__class__ = int
except TypeError as e:
    print('TypeError', e)
try:
    (1).__class__ = bool
except TypeError as e:
    print('TypeError', e)
try:
    a.__class__ = 'B'
except TypeError as e:
    print('TypeError', e)
class S:
    __slots__ = ('x',)
try:
    a.__class__ = S
except TypeError as e:
    print('TypeError', e)
o = A()
o.__dict__['direct'] = 1
print(o.direct, vars(o))
o.__dict__ = {'replaced': True}
print(o.replaced, vars(o))
try:
    o.__dict__ = 5
except TypeError as e:
    print('TypeError', e)
print(A.__dict__['who'].__name__, 'who' in A.__dict__, '__module__' in A.__dict__)
A.added = lambda self: 'added later'
print(a.who(), A().added())
del A.added
print(hasattr(A(), 'added'))
try:
    int.x = 1
except TypeError as e:
    print('TypeError', e)
try:
    object().x = 1
except AttributeError as e:
    print('AttributeError', e)
try:
    del A.nonexistent
except AttributeError as e:
    print('AttributeError', e)
A.__name__ = 'Renamed'
print(A.__name__, A.__qualname__, repr(A()).startswith('<__main__.A object'))
A.__qualname__ = 'Q.Renamed'
print(repr(A))
try:
    A.__name__ = 5
except TypeError as e:
    print('TypeError', e)
