"""Tokenizer, recursive-descent parser and evaluator for a small expression language."""
import math
import re
from dataclasses import dataclass
from typing import Union

TOKEN_RE = re.compile(r"\s*(?:(\d+\.\d*|\.\d+|\d+)|([A-Za-z_]\w*)|(\*\*|[-+*/%^(),=]))")

class ParseError(Exception):
    pass

@dataclass
class Num:
    value: float

@dataclass
class Var:
    name: str

@dataclass
class BinOp:
    op: str
    left: "Node"
    right: "Node"

@dataclass
class Neg:
    operand: "Node"

@dataclass
class Call:
    func: str
    args: list

Node = Union[Num, Var, BinOp, Neg, Call]

def tokenize(src):
    pos, toks = 0, []
    src = src.rstrip()
    while pos < len(src):
        m = TOKEN_RE.match(src, pos)
        if not m:
            raise ParseError(f"unexpected character {src[pos]!r} at {pos}")
        num, name, op = m.groups()
        toks.append(("num", float(num)) if num else ("name", name) if name else ("op", op))
        pos = m.end()
    toks.append(("eof", None))
    return toks

class Parser:
    PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "%": 2, "**": 4, "^": 4}
    RIGHT = {"**", "^"}

    def __init__(self, src):
        self.toks = tokenize(src)
        self.i = 0

    def peek(self):
        return self.toks[self.i]

    def take(self, kind=None, val=None):
        tok = self.toks[self.i]
        if (kind and tok[0] != kind) or (val and tok[1] != val):
            raise ParseError(f"expected {val or kind}, got {tok[1]!r}")
        self.i += 1
        return tok

    def parse(self):
        node = self.expr(0)
        self.take("eof")
        return node

    def expr(self, min_prec):
        left = self.unary()
        while True:
            kind, op = self.peek()
            if kind != "op" or op not in self.PREC or self.PREC[op] < min_prec:
                return left
            self.take()
            nxt = self.PREC[op] + (0 if op in self.RIGHT else 1)
            left = BinOp(op, left, self.expr(nxt))

    def unary(self):
        if self.peek() == ("op", "-"):
            self.take()
            return Neg(self.unary())
        return self.atom()

    def atom(self):
        kind, val = self.take()
        if kind == "num":
            return Num(val)
        if kind == "name":
            if self.peek() == ("op", "("):
                self.take()
                args = []
                if self.peek() != ("op", ")"):
                    args.append(self.expr(0))
                    while self.peek() == ("op", ","):
                        self.take()
                        args.append(self.expr(0))
                self.take("op", ")")
                return Call(val, args)
            return Var(val)
        if val == "(":
            node = self.expr(0)
            self.take("op", ")")
            return node
        raise ParseError(f"unexpected {val!r}")

FUNCS = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs, "hypot": math.hypot, "log": math.log}

def evaluate(node, env):
    match node:
        case Num(value=v):
            return v
        case Var(name=n):
            if n not in env:
                raise NameError(f"undefined variable {n!r}")
            return env[n]
        case Neg(operand=o):
            return -evaluate(o, env)
        case BinOp(op="+", left=l, right=r):
            return evaluate(l, env) + evaluate(r, env)
        case BinOp(op="-", left=l, right=r):
            return evaluate(l, env) - evaluate(r, env)
        case BinOp(op="*", left=l, right=r):
            return evaluate(l, env) * evaluate(r, env)
        case BinOp(op="/", left=l, right=r):
            return evaluate(l, env) / evaluate(r, env)
        case BinOp(op="%", left=l, right=r):
            return evaluate(l, env) % evaluate(r, env)
        case BinOp(op="**" | "^", left=l, right=r):
            return evaluate(l, env) ** evaluate(r, env)
        case Call(func=f, args=args):
            return FUNCS[f](*[evaluate(a, env) for a in args])
    raise TypeError(f"bad node {node!r}")

env = {"pi": math.pi, "e": math.e, "x": 3.0}
programs = ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-x ^ 2", "10 % 4 - -3", "sqrt(16) + max(1, x, 2)",
            "hypot(3, 4) * pi", "log(e) / 0.5", "1 / 0", "y + 1", "3 +", "4 $ 4", "min()", ".5 + 1."]
for src in programs:
    try:
        tree = Parser(src).parse()
        print(f"{src:<26} => {evaluate(tree, env)!r}")
    except (ParseError, ZeroDivisionError, NameError, TypeError, ValueError) as e:
        print(f"{src:<26} !! {type(e).__name__}: {e}")
print(Parser("a * (b + 2)").parse())
