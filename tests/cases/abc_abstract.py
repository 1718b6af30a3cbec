from abc import ABC, ABCMeta, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self): return f'{type(self).__name__} with area {self.area()}'
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def perimeter(self): return 4 * self.s
class Half(Shape):
    def area(self): return 1
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print('TypeError:', e)
s = Sq(3)
print(s.describe(), s.perimeter(), isinstance(s, Shape), issubclass(Sq, Shape), isinstance(3, Shape))
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Sq.__abstractmethods__)
class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
class Impl(Base):
    @property
    def name(self): return 'impl'
    @classmethod
    def make(cls): return cls()
print(Impl.make().name, type(Impl), type(Base).__name__)
try:
    Base()
except TypeError as e:
    print(e)
class Plugin(ABC):
    pass
class Foreign: pass
Plugin.register(Foreign)
print(isinstance(Foreign(), Plugin), issubclass(Foreign, Plugin), issubclass(int, Plugin))
print(Plugin.register(int) is int, isinstance(5, Plugin))
class Sized2(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized2:
            return any('__len__' in B.__dict__ for B in C.__mro__)
        return NotImplemented
class L:
    def __len__(self): return 0
print(isinstance(L(), Sized2), isinstance(Foreign(), Sized2))
class Animal(ABC):
    def __init__(self, name): self.name = name
    @abstractmethod
    def speak(self): pass
class Dog(Animal):
    def speak(self): return self.name + ' says woof'
print(Dog('rex').speak())
try:
    Animal('x')
except TypeError as e:
    print(e)
