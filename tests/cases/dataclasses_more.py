from dataclasses import dataclass, field, fields, asdict, astuple, replace, make_dataclass, FrozenInstanceError, KW_ONLY
from typing import Optional

@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float

s = {Coord(1.0, 2.0), Coord(1.0, 2.0), Coord(3.0, 4.0)}
print(len(s), Coord(1.0, 2.0) in s)
try:
    del Coord(1, 2).lat
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))

@dataclass
class Shape:
    name: str
    sides: int = 0

def describe(s):
    match s:
        case Shape(name, 3):
            return f'triangle {name}'
        case Shape(name=n, sides=4):
            return f'quad {n}'
        case _:
            return 'other'

print(describe(Shape('a', 3)), describe(Shape('b', 4)), describe(Shape('c')))

@dataclass
class Team:
    name: str
    members: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)
    lead: Optional['Team'] = None

t = Team('x', ['a', 'b'], {'k': (1, 2)})
t2 = Team('y', lead=t)
print(asdict(t2))
print(astuple(t2))
d = asdict(t)
d['members'].append('c')
print(t.members, d['members'])
P = make_dataclass('P', ['a', ('b', int), ('c', int, field(default=5))])
print(P(1, 2), P(1, 2, 3).c, [f.name for f in fields(P)])

@dataclass
class WithKw:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int = 2
print(WithKw(1, c=5))

@dataclass
class Ctr:
    n: int = 0
    def inc(self):
        self.n += 1
        return self
print(Ctr().inc().inc(), Ctr() == Ctr(), Ctr(1) == (1,))

@dataclass(repr=False)
class NoRepr:
    a: int
print(repr(NoRepr(1)).startswith('<'))

@dataclass
class Cyc:
    other: object = None
c = Cyc()
c.other = c
print(c)

@dataclass
class Base:
    x: int = 1
    def __repr__(self):
        return 'custom'
@dataclass
class Child(Base):
    y: int = 2
print(Base(), Child(), Child(5, 6).x)
print(replace(Child(), y=10).y)
try:
    replace(Child(), z=1)
except TypeError as e:
    print(e)
try:
    fields(3)
except TypeError as e:
    print(e)
try:
    asdict(Child)
except TypeError as e:
    print(e)
