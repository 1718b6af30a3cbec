from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar
from typing import List, ClassVar

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, Point(3), p == Point(1, 2), p != Point(1, 3), Point.__match_args__)
print(fields(p)[0].name, [f.name for f in fields(Point)])
print(asdict(p), astuple(p), replace(p, y=5), is_dataclass(p), is_dataclass(Point), is_dataclass(3))

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tags: tuple = ()

v1, v2 = Version(1, 2), Version(1, 10)
print(v1 < v2, sorted([v2, v1]), hash(v1) == hash(Version(1, 2)))
try:
    v1.major = 3
except FrozenInstanceError as e:
    print('Frozen', e)

@dataclass
class Inv:
    name: str
    items: list = field(default_factory=list)
    count: int = field(default=0, repr=False, compare=False)
    total: ClassVar[int] = 0
    def __post_init__(self):
        self.count = len(self.items)

a = Inv('a', [1, 2])
print(a, a.count, Inv('b'), Inv('a', [1, 2]) == Inv('a', [1, 2]))
print(Inv.total, len(fields(Inv)))

@dataclass
class Node:
    val: int
    children: List['Node'] = field(default_factory=list)

n = Node(1, [Node(2), Node(3, [Node(4)])])
print(n)
print(asdict(n))

@dataclass
class C:
    x: int
    scale: InitVar[int] = 2
    y: int = field(init=False)
    def __post_init__(self, scale):
        self.y = self.x * scale
print(C(3), C(3, 10))

for bad in (lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=3), lambda: Point(1, x=2)):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e:
    print('ValueError', e)
try:
    @dataclass
    class Bad2:
        x: int = 1
        y: int
except TypeError as e:
    print('TypeError', e)

@dataclass
class P3(Point):
    z: int = 9
print(P3(1, 2, 3), P3(1))
print(Point.__hash__ is None)
@dataclass(unsafe_hash=True)
class H:
    a: int
print(hash(H(1)) == hash((1,)))
@dataclass(eq=False)
class E:
    a: int
print(E(1) == E(1))
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K(a=1))
try:
    K(1)
except TypeError as e:
    print(e)
