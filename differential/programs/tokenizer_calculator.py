"""Shunting-yard calculator with variables, functions, error positions and RPN output."""
import math
import re
from collections import namedtuple

Token = namedtuple("Token", "kind value pos")
SPEC = [("NUM", r"\d+(?:\.\d*)?(?:[eE][-+]?\d+)?"), ("NAME", r"[A-Za-z_]\w*"), ("OP", r"[-+*/^%]"),
        ("LP", r"\("), ("RP", r"\)"), ("COMMA", r","), ("ASSIGN", r"="), ("WS", r"\s+"), ("BAD", r".")]
MASTER = re.compile("|".join(f"(?P<{k}>{p})" for k, p in SPEC))
PREC = {"+": (1, "L"), "-": (1, "L"), "*": (2, "L"), "/": (2, "L"), "%": (2, "L"), "^": (4, "R"), "neg": (3, "R")}
FUNCS = {"sin": (1, math.sin), "cos": (1, math.cos), "sqrt": (1, math.sqrt), "max": (2, max), "min": (2, min), "log": (1, math.log)}

class CalcError(Exception):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at column {pos + 1}")
        self.pos = pos

def lex(src):
    for m in MASTER.finditer(src):
        kind = m.lastgroup
        if kind == "WS":
            continue
        if kind == "BAD":
            raise CalcError(f"unexpected {m.group()!r}", m.start())
        yield Token(kind, float(m.group()) if kind == "NUM" else m.group(), m.start())

def to_rpn(tokens):
    out, stack = [], []
    prev = None
    for t in tokens:
        if t.kind == "NUM" or (t.kind == "NAME" and t.value not in FUNCS):
            out.append(t)
        elif t.kind == "NAME":
            stack.append(t)
        elif t.kind == "COMMA":
            while stack and stack[-1].kind != "LP":
                out.append(stack.pop())
        elif t.kind == "OP":
            op = t.value
            if op == "-" and (prev is None or prev.kind in ("OP", "LP", "COMMA")):
                t = Token("OP", "neg", t.pos)
                op = "neg"
            p, assoc = PREC[op]
            while stack and stack[-1].kind == "OP":
                q = PREC[stack[-1].value][0]
                if (assoc == "L" and p <= q) or (assoc == "R" and p < q):
                    out.append(stack.pop())
                else:
                    break
            stack.append(t)
        elif t.kind == "LP":
            stack.append(t)
        elif t.kind == "RP":
            while stack and stack[-1].kind != "LP":
                out.append(stack.pop())
            if not stack:
                raise CalcError("unbalanced ')'", t.pos)
            stack.pop()
            if stack and stack[-1].kind == "NAME":
                out.append(stack.pop())
        prev = t
    while stack:
        t = stack.pop()
        if t.kind == "LP":
            raise CalcError("unbalanced '('", t.pos)
        out.append(t)
    return out

def eval_rpn(rpn, env):
    st = []
    for t in rpn:
        if t.kind == "NUM":
            st.append(t.value)
        elif t.kind == "NAME" and t.value in FUNCS:
            n, fn = FUNCS[t.value]
            if len(st) < n:
                raise CalcError(f"{t.value} needs {n} argument(s)", t.pos)
            args = st[-n:]
            del st[-n:]
            st.append(fn(*args))
        elif t.kind == "NAME":
            if t.value not in env:
                raise CalcError(f"unknown variable {t.value!r}", t.pos)
            st.append(env[t.value])
        elif t.value == "neg":
            st.append(-st.pop())
        else:
            if len(st) < 2:
                raise CalcError(f"missing operand for {t.value!r}", t.pos)
            b, a = st.pop(), st.pop()
            try:
                st.append({"+": a + b, "-": a - b, "*": a * b, "/": a / b if b else None, "%": a % b if b else None, "^": a ** b}[t.value]
                          if t.value not in "/%" or b else 1 / b)
            except ZeroDivisionError:
                raise CalcError("division by zero", t.pos) from None
    if len(st) != 1:
        raise CalcError("malformed expression", 0)
    return st[0]

def run(line, env):
    m = re.match(r"\s*([A-Za-z_]\w*)\s*=(.*)", line)
    target, expr = (m.group(1), m.group(2)) if m else (None, line)
    rpn = to_rpn(list(lex(expr)))
    value = eval_rpn(rpn, env)
    if target:
        env[target] = value
    return " ".join(str(t.value) if t.kind != "NUM" else f"{t.value:g}" for t in rpn), value

env = {"pi": math.pi}
for line in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "x = 4", "y = x * 2.5e1", "max(x, y) / min(3, 4)",
             "sqrt(x) + -(-x)", "sin(pi / 2) + cos(0)", "10 % 4 - 7 / 2", "1 / 0", "2 * (3 + 4", "2 + 3)", "foo + 1",
             "3 $ 4", "max(1)", "1 2", "log(1e3) / log(10)"]:
    try:
        rpn, value = run(line, env)
        print(f"{line:<24} rpn=[{rpn}] = {value:.10g}")
    except CalcError as e:
        print(f"{line:<24} error: {e}")
print(sorted(env.items()))
