class Shape:
    registry = {}
    def __init_subclass__(cls, /, kind=None, **kw):
        super().__init_subclass__(**kw)
        if kind:
            Shape.registry[kind] = cls
    @classmethod
    def create(cls, kind, *a):
        return cls.registry[kind](*a)
class Circle(Shape, kind='circle'):
    def __init__(self, r): self.r = r
    def area(self): return round(3.14159 * self.r ** 2, 2)
class Square(Shape, kind='square'):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
class Abstract(Shape):
    pass
print(sorted(Shape.registry), Shape.create('circle', 2).area(), Shape.create('square', 3).area())
try:
    Shape.create('triangle')
except KeyError as e:
    print('KeyError', e)
