from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def name(self): ...
    def describe(self): return f'{self.name()} with area {self.area()}'
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def name(self): return 'square'
class Half(Shape):
    def area(self): return 0
print(Sq(3).describe(), sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Sq.__abstractmethods__)
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print(e)
print(isinstance(Sq(1), Shape), issubclass(Sq, ABC))
