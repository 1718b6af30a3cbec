def init(self, v): self.v = v
Point = type('Point', (), {'__init__': init, '__repr__': lambda self: f'Point({self.v})', 'kind': 'pt'})
p = Point(3)
print(p, Point.kind, Point.__name__, Point.__qualname__, Point.__bases__, type(p) is Point)
Sub = type('Sub', (Point,), {'extra': True})
print(Sub(1), Sub.extra, Sub.__mro__, isinstance(Sub(1), Point))
Meta = type('Meta', (type,), {'hello': lambda cls: f'hello from {cls.__name__}'})
K = Meta('K', (), {})
print(K.hello(), type(K).__name__)
print(type(5), type('s'), type(type), type(None), type(Point))
Dyn = type('Dyn', (object,), {'__slots__': ('a',)})
d = Dyn(); d.a = 1
print(d.a, hasattr(d, '__dict__'))
