"""Typed code an agent writes: NamedTuple, TypedDict, Protocol, Generic containers, Optional."""
from __future__ import annotations
from typing import NamedTuple, TypedDict, Protocol, Generic, TypeVar, Optional, Iterator, Callable, Any, Union
from dataclasses import dataclass, field

T = TypeVar("T")
K = TypeVar("K")

class Point(NamedTuple):
    x: float
    y: float
    label: str = ""

    def dist(self, other: "Point") -> float:
        return ((self.x - other.x) ** 2 + (self.y - other.y) ** 2) ** 0.5

class Movie(TypedDict):
    title: str
    year: int

class SupportsArea(Protocol):
    def area(self) -> float: ...

class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: list[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def peek(self) -> Optional[T]:
        return self._items[-1] if self._items else None

    def __iter__(self) -> Iterator[T]:
        return reversed(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return f"Stack({self._items!r})"

@dataclass
class Square:
    side: float
    def area(self) -> float:
        return self.side ** 2

def total_area(shapes: list[SupportsArea]) -> float:
    return sum(s.area() for s in shapes)

def first(items: list[T], pred: Callable[[T], bool]) -> Optional[T]:
    return next((i for i in items if pred(i)), None)

def describe(v: Union[int, str, None]) -> str:
    if v is None:
        return "nothing"
    if isinstance(v, int):
        return f"int {v}"
    return f"str {v!r}"

p, q = Point(0, 0, "origin"), Point(3, 4)
print(p, q, p.dist(q), p._replace(x=1), q._asdict(), Point._fields, Point._field_defaults)
x, y, label = q
print(x + y, repr(label), q[0], q.index(4), len(p), p == (0, 0, "origin"), Point._make([5, 6, "m"]))
m: Movie = {"title": "Blade Runner", "year": 1982}
print(m, m["year"] + 1, type(m).__name__, sorted(Movie.__annotations__))
s: Stack[int] = Stack()
for i in range(4):
    s.push(i * i)
print(s, len(s), s.peek(), s.pop(), list(s))
e: Stack[str] = Stack()
print(e.peek())
try:
    e.pop()
except IndexError as err:
    print("IndexError:", err)
print(total_area([Square(2), Square(1.5)]))
print(first([1, 4, 9, 16], lambda n: n > 5), first(["a"], lambda s: s == "z"))
print([describe(v) for v in (None, 3, "x")])
print(Square.__annotations__, total_area.__annotations__)
print(Point.__doc__, issubclass(Point, tuple), isinstance(p, tuple))
Pair = tuple[int, int]
def swap(pr: Pair) -> Pair:
    return pr[1], pr[0]
print(swap((1, 2)), Pair, list[int], dict[str, list[int]], Optional[int], Union[int, str])
def apply(f: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    return f(*args, **kwargs)
print(apply(max, 3, 9, 2), apply(sorted, [3, 1, 2], reverse=True), apply(dict, a=1))
