class Box:
    def __class_getitem__(cls, item):
        return f'{cls.__name__}[{item!r}]'
print(Box[int], Box[int, str], Box['x'])
print(type(Box.__dict__['__class_getitem__']).__name__)   # implicitly a classmethod

class Sub(Box):
    pass
print(Sub[1])

class NoGetitem:
    pass
try:
    NoGetitem[int]
except TypeError as e:
    print('TypeError', e)

class Meta(type):
    def __getitem__(cls, item):
        return ('meta', item)
class WithMeta(metaclass=Meta):
    def __class_getitem__(cls, item):
        return ('cgi', item)
print(WithMeta[3])    # metaclass __getitem__ wins

class Inst:
    def __class_getitem__(cls, item):
        return 'class-level'
try:
    Inst()[0]
except TypeError as e:
    print('TypeError', e)

from typing import Generic, TypeVar
T = TypeVar('T')
class Stack(Generic[T]):
    def __init__(self): self.items = []
    def push(self, x: T) -> None: self.items.append(x)
s = Stack[int]()
s.push(1)
print(s.items, type(s).__name__)
print(Stack[int].__origin__ is Stack)
