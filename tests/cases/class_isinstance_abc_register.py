from abc import ABC
class Speaker(ABC): pass
class Duck:
    def speak(self): return 'quack'
Speaker.register(Duck)
print(isinstance(Duck(), Speaker), issubclass(Duck, Speaker))
from collections.abc import Iterable, Sized, Hashable, Callable
class Box:
    def __len__(self): return 1
    def __iter__(self): return iter([1])
print(isinstance(Box(), Iterable), isinstance(Box(), Sized), isinstance([], Hashable), isinstance(len, Callable))
