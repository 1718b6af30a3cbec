import typing as t
from typing import List, Dict, Optional, Union, Any, Callable, Tuple, TypeVar, Generic, Protocol, NamedTuple, TypedDict, Literal, Iterable, Iterator, Sequence, Mapping, cast, overload, runtime_checkable, ClassVar, Final, Set
print(repr(t.List), repr(t.List[int]), repr(t.Dict[str, t.List[int]]), repr(t.Optional[int]), repr(t.Union[int, str]), repr(t.Union[int, None, str]))
print(repr(t.Callable[[int, str], bool]), repr(t.Callable[..., int]), repr(t.Tuple[int, ...]), repr(t.Tuple[()]), repr(t.Literal['a', 1]), repr(t.Any), repr(t.TypeVar('T')))
print(repr(t.Annotated[int, 'x']), repr(t.ClassVar[int]), repr(t.Final[int]), repr(t.Type[int]), repr(t.Iterable[int]), repr(t.Optional[t.List[int]]), repr(t.NewType('UserId', int)))
print(t.get_origin(t.List[int]), t.get_args(t.Dict[str,int]), t.get_origin(t.Optional[int]), t.get_args(t.Optional[int]))
print(t.List[int] == t.List[int], t.Union[int, str] == t.Union[str, int], repr(t.Set[int]), repr(t.FrozenSet[int]))
print(repr(t.Sequence), repr(t.Tuple), repr(t.Callable), repr(t.Optional), repr(t.Union))
print(isinstance([], List), isinstance({}, Dict), isinstance((), List), isinstance([1], Iterable), isinstance(3, Iterable), isinstance(len, Callable))
print(isinstance([], Sequence), isinstance({}, Mapping), isinstance(iter([]), Iterator), isinstance("s", Sequence))
T = TypeVar('T')
class Stack(Generic[T]):
    def __init__(self): self.items: List[T] = []
    def push(self, x: T) -> None: self.items.append(x)
    def pop(self) -> T: return self.items.pop()
s = Stack[int](); s.push(3); print(s.pop(), isinstance(s, Stack))
class Point(NamedTuple):
    x: int
    y: int = 0
    def norm(self): return self.x + self.y
p = Point(1, 2)
print(p, p.x, p[1], p.norm(), Point(5), p._asdict(), Point._fields, isinstance(p, tuple))
Emp = NamedTuple('Emp', [('name', str), ('id', int)])
print(Emp('a', 1))
class Movie(TypedDict):
    name: str
    year: int
m = Movie(name='x', year=1)
print(m, type(m), Movie.__required_keys__ == {'name', 'year'})
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(3, Closable))
print(cast(int, '3'), t.TYPE_CHECKING)
def f(a: int, b: 'str' = 'x') -> Optional[int]: pass
print(t.get_type_hints(f))
class HasAnn:
    a: int
    b: List[str]
print(t.get_type_hints(HasAnn))
Vec = List[float]
def scale(v: Vec) -> Vec: return v
print(Vec, scale([1.0]))
print(Union[int], Optional[Union[int, str]])
class MyList(List[int]): pass
print(MyList.__mro__[1])
