from dataclasses import dataclass
from enum import Enum, auto
class Op(Enum):
    ADD = auto()
    MUL = auto()
    NEG = auto()
@dataclass
class Num:
    v: int
@dataclass
class BinOp:
    op: Op
    left: object
    right: object
@dataclass
class Unary:
    op: Op
    arg: object
def ev(e):
    match e:
        case Num(v): return v
        case BinOp(Op.ADD, l, r): return ev(l) + ev(r)
        case BinOp(Op.MUL, Num(0), _) | BinOp(Op.MUL, _, Num(0)): return 0
        case BinOp(Op.MUL, l, r): return ev(l) * ev(r)
        case Unary(Op.NEG, a): return -ev(a)
        case _: raise ValueError(f'bad {e!r}')
print(ev(BinOp(Op.ADD, Num(2), BinOp(Op.MUL, Num(3), Num(4)))))
print(ev(BinOp(Op.MUL, Num(0), Unary(Op.NEG, Num(9)))), ev(Unary(Op.NEG, Num(5))))
try:
    ev(Unary(Op.ADD, Num(1)))
except ValueError as e:
    print(e)
print(Num.__match_args__, BinOp.__match_args__)
