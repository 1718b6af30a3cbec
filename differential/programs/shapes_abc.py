"""Abstract base classes, properties, total_ordering and polymorphism over shapes."""
from abc import ABC, abstractmethod
from functools import total_ordering
import math

@total_ordering
class Shape(ABC):
    registry = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Shape.registry[cls.__name__.lower()] = cls

    @abstractmethod
    def area(self) -> float: ...

    @abstractmethod
    def perimeter(self) -> float: ...

    @property
    def name(self):
        return type(self).__name__

    def __eq__(self, other):
        if not isinstance(other, Shape):
            return NotImplemented
        return math.isclose(self.area(), other.area())

    def __lt__(self, other):
        if not isinstance(other, Shape):
            return NotImplemented
        return self.area() < other.area()

    def __str__(self):
        return f"{self.name}(area={self.area():.3f}, perimeter={self.perimeter():.3f})"

class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return math.pi * self.r ** 2
    def perimeter(self):
        return 2 * math.pi * self.r

class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)

class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
    @property
    def side(self):
        return self.w
    @side.setter
    def side(self, value):
        if value <= 0:
            raise ValueError("side must be positive")
        self.w = self.h = value

class Triangle(Shape):
    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"invalid triangle sides {a}, {b}, {c}")
        self.sides = (a, b, c)
    def area(self):
        s = self.perimeter() / 2
        a, b, c = self.sides
        return math.sqrt(s * (s - a) * (s - b) * (s - c))
    def perimeter(self):
        return sum(self.sides)

shapes = [Circle(1), Rect(2, 3.5), Square(2), Triangle(3, 4, 5), Circle(0.5), Rect(4, 1)]
for s in sorted(shapes):
    print(s)
print("largest:", max(shapes).name, "smallest:", min(shapes).name)
print(Square(2) == Rect(1, 4), Square(2) <= Rect(1, 4), Square(3) > Circle(1), Square(2) != Rect(2, 2.0001))
print(sorted(Shape.registry))
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
class Half(Shape):
    def area(self):
        return 0
try:
    Half()
except TypeError as e:
    print("TypeError:", e)
sq = Square(3)
sq.side = 5
print(sq.side, sq.area(), isinstance(sq, Rect), issubclass(Square, Shape), Square.__mro__[1].__name__)
try:
    sq.side = -1
except ValueError as e:
    print("ValueError:", e)
try:
    Triangle(1, 2, 10)
except ValueError as e:
    print("ValueError:", e)
print(Circle(2) == "circle", Shape.registry["circle"](3).perimeter())
try:
    Circle(1) < 5
except TypeError as e:
    print("TypeError:", e)
print(Shape.__abstractmethods__ == frozenset({"area", "perimeter"}), Circle.__abstractmethods__)
