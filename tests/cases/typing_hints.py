from dataclasses import dataclass, field, asdict, fields, InitVar
from enum import Enum
from typing import get_type_hints, Optional, List
import copy
class Kind(Enum):
    A = 'a'
@dataclass
@dataclass
class Rec:
    kind: Kind
    items: List[int] = field(default_factory=list)
    parent: Optional['Rec'] = None
r = Rec(Kind.A, [1])
print(asdict(r), copy.deepcopy(r), copy.copy(Kind.A) is Kind.A)
print(get_type_hints(Rec))
print(r == Rec(Kind.A, [1]), r == 5, r != Rec(Kind.A))
print([f.type for f in fields(Rec)], fields(Rec)[1].metadata)
def g(a: 'int', b: 'Optional[Rec]' = None, c: List['Kind'] = None) -> 'None': pass
print(get_type_hints(g))
import sys
print(sys.modules[__name__].Rec is Rec)
from typing import Dict, Callable, Literal, Tuple
def h(a: 'Dict[str, List[int]]', b: 'int | None', c: 'Callable[[int], str]', d: "Literal['x', 'y']", e: 'Tuple[int, ...]', f: 'typing.Any'): pass
import typing
for k, v in get_type_hints(h).items():
    print(k, v)
def bad(x: 'Undefined[int]'): pass
try:
    get_type_hints(bad)
except NameError as e:
    print('NameError', e)
