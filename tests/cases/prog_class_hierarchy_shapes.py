import math
class Shape:
    count = 0
    def __init__(self): Shape.count += 1
    def area(self): raise NotImplementedError(f'{type(self).__name__}.area')
    def __lt__(self, o): return self.area() < o.area()
    def __repr__(self): return f'{type(self).__name__}(area={self.area():.2f})'
class Circle(Shape):
    def __init__(self, r): super().__init__(); self.r = r
    def area(self): return math.pi * self.r ** 2
class Rect(Shape):
    def __init__(self, w, h): super().__init__(); self.w, self.h = w, h
    def area(self): return self.w * self.h
class Square(Rect):
    def __init__(self, s): super().__init__(s, s)
shapes = [Circle(1), Rect(2, 3), Square(2), Circle(0.5)]
print(sorted(shapes), Shape.count, max(shapes), [type(s).__mro__[1].__name__ for s in shapes])
try:
    Shape().area()
except NotImplementedError as e:
    print('NotImplementedError', e)
print(sum(s.area() for s in shapes if isinstance(s, Rect)))
