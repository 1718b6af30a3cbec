from abc import ABC, abstractmethod
class Shape(ABC):
    @property
    @abstractmethod
    def area(self): ...
    def describe(self): return f'{type(self).__name__} area={self.area}'
class Sq(Shape):
    def __init__(self, s): self.s = s
    @property
    def area(self): return self.s ** 2
print(Sq(3).describe())
try: Shape()
except TypeError as e: print(type(e).__name__, e)
print(Shape.__abstractmethods__)
