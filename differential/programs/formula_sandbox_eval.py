"""A spreadsheet-like formula evaluator: compile() user formulas, report SyntaxError details, restricted eval."""
import math
import re

CELLS = {
    "A1": "10", "A2": "32.5", "A3": "=A1 * 2", "A4": "=sum_(A1, A2, A3)", "A5": "=round(A4 / 3, 2)",
    "B1": "=A1 +", "B2": "=max_(A1, A2) ** 2", "B3": "=sqrt(A2 - A1)", "B4": "=A9 + 1", "B5": "=__import__('os')",
    "C1": "=B2 > 1000 and 'big' or 'small'", "C2": "=(A1", "C3": "=A3 * (A1 + 1", "C4": "=C5 + 1", "C5": "=C4 + 1",
    "D1": "=1 / (A1 - 10)", "D2": "hello", "D3": "=len(D2) * 3",
}
SAFE = {"sum_": lambda *a: sum(a), "max_": max, "min_": min, "round": round, "sqrt": math.sqrt, "len": len, "abs": abs}
REF = re.compile(r"\b([A-Z][0-9]+)\b")

class CellError(Exception):
    pass

def evaluate(name, cells, stack=()):
    if name in stack:
        raise CellError(f"circular reference {' -> '.join(stack + (name,))}")
    raw = cells.get(name)
    if raw is None:
        raise CellError(f"empty cell {name}")
    if not raw.startswith("="):
        try:
            return float(raw) if "." in raw else int(raw)
        except ValueError:
            return raw
    expr = raw[1:]
    try:
        code = compile(expr, f"<cell {name}>", "eval")
    except SyntaxError as e:
        raise CellError(f"syntax error in {name}: {e.msg} (offset {e.offset})") from e
    if any(n.startswith("__") for n in code.co_names):
        raise CellError(f"forbidden name in {name}")
    env = {n: evaluate(n, cells, stack + (name,)) for n in sorted(set(REF.findall(expr)))}
    try:
        return eval(code, {"__builtins__": {}}, {**SAFE, **env})
    except ZeroDivisionError:
        raise CellError(f"division by zero in {name}") from None
    except (TypeError, ValueError, NameError) as e:
        raise CellError(f"{type(e).__name__} in {name}: {e}") from None

for name in CELLS:
    try:
        print(f"{name:<3} {CELLS[name]!r:<32} = {evaluate(name, CELLS)!r}")
    except CellError as e:
        cause = e.__cause__
        extra = f" [cause: {type(cause).__name__}]" if cause else ""
        print(f"{name:<3} {CELLS[name]!r:<32} ! {e}{extra}")
err = SyntaxError("bad token", ("<cell X1>", 1, 4, "1 ++* 2", 1, 6))
print(err.msg, err.filename, err.lineno, err.offset, err.text, err.end_offset, str(err))
print(str(SyntaxError("no details")), SyntaxError("m", ("/path/to/sheet.py", 12, 1, "x")).__str__())
try:
    compile("x = = 1", "<formula>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.filename)
try:
    compile("if True:\nprint(1)", "<formula>", "exec")
except IndentationError as e:
    print(type(e).__name__, e.msg, e.lineno)
