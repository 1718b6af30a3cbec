from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
try: Shape()
except TypeError as e: print(type(e).__name__, e)
class Sq(Shape):
    def area(self): return 1
try: Sq()
except TypeError as e: print(type(e).__name__, e)
class Full(Sq):
    def perimeter(self): return 4
print(Full().area(), Full().perimeter())
