from typing import TypeVar, Generic
T = TypeVar('T')
K = TypeVar('K')
class Box(Generic[T]):
    def __init__(self, item: T): self.item = item
    def get(self) -> T: return self.item
class Pair(Generic[K, T]):
    def __init__(self, k: K, v: T): self.k, self.v = k, v
b = Box[int](5)
print(b.get(), type(b).__name__, Box[str].__origin__ is Box)
p = Pair[str, int]('a', 1)
print(p.k, p.v)
print(list[int], dict[str, list[int]], tuple[int, ...], type[Box])
class Registry:
    def __class_getitem__(cls, key):
        return f'Registry entry for {key!r}'
print(Registry['x'], Registry[1, 2])
print(list[int]([1, 2]), dict[str, int](a=1), set[int]() == set())
