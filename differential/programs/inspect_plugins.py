"""A plugin/command registry that introspects function signatures to build CLI-style dispatch and help."""
import inspect
import functools
from dataclasses import dataclass

COMMANDS = {}

def command(fn=None, *, name=None):
    def register(f):
        COMMANDS[name or f.__name__] = f
        return f
    return register(fn) if fn else register

@command
def greet(name: str, greeting: str = "Hello", *, shout: bool = False) -> str:
    """Greet someone.

    Prints a friendly greeting.
    """
    msg = f"{greeting}, {name}!"
    return msg.upper() if shout else msg

@command(name="sum")
def add_numbers(*values: float, start: float = 0) -> float:
    """Add numbers together."""
    return start + sum(values)

@command
def config(key, /, value=None, **extra):
    return {"key": key, "value": value, **extra}

def convert(param, raw):
    ann = param.annotation
    if ann is inspect.Parameter.empty or ann is str:
        return raw
    if ann is bool:
        return raw.lower() in ("1", "true", "yes")
    return ann(raw)

def dispatch(argv):
    name, *rest = argv
    fn = COMMANDS[name]
    sig = inspect.signature(fn)
    args, kwargs = [], {}
    params = list(sig.parameters.values())
    var_pos = next((p for p in params if p.kind is p.VAR_POSITIONAL), None)
    positional = [p for p in params if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    for tok in rest:
        if tok.startswith("--"):
            k, _, v = tok[2:].partition("=")
            p = sig.parameters.get(k)
            kwargs[k] = convert(p, v or "true") if p else v
        else:
            idx = len(args)
            p = positional[idx] if idx < len(positional) else var_pos
            args.append(convert(p, tok) if p else tok)
    bound = sig.bind(*args, **kwargs)
    bound.apply_defaults()
    return fn(*bound.args, **bound.kwargs), bound

for name, fn in COMMANDS.items():
    sig = inspect.signature(fn)
    print(f"{name}{sig}")
    print("   doc:", inspect.getdoc(fn))
    for p in sig.parameters.values():
        print(f"   {p.name:<9} {p.kind.name:<22} default={p.default!r:<10} annotation={p.annotation!r}")
    print("   return:", sig.return_annotation)

for argv in [["greet", "Ann"], ["greet", "Bob", "Hi", "--shout"], ["sum", "1", "2.5", "3", "--start=10"],
             ["config", "db", "x", "--mode=fast"], ["greet"], ["greet", "a", "b", "c"], ["greet", "a", "--bogus=1"]]:
    try:
        result, bound = dispatch(argv)
        print(argv, "->", repr(result), "|", bound)
    except TypeError as e:
        print(argv, "-> TypeError:", e)

sig = inspect.signature(greet)
print(sig.bind_partial("x").arguments, str(sig.replace(return_annotation=inspect.Signature.empty)))
print(inspect.signature(functools.partial(greet, greeting="Yo")))
print(inspect.signature(lambda a, b=2, *c, d, **e: None))

@dataclass
class Point:
    x: int
    y: int = 0

class Widget:
    def __init__(self, name, size=1):
        self.name = name
    def resize(self, factor: float) -> None:
        pass
    @classmethod
    def create(cls, spec):
        return cls(spec)
    @staticmethod
    def helper(a, b):
        return a + b

print(inspect.signature(Widget), inspect.signature(Widget.resize), inspect.signature(Widget("w").resize))
print(inspect.signature(Widget.create), inspect.signature(Widget.helper))
print(inspect.isfunction(greet), inspect.ismethod(Widget("w").resize), inspect.isclass(Widget), inspect.isfunction(Widget.create))
print([n for n, _ in inspect.getmembers(Widget, inspect.isfunction)], inspect.getdoc(Widget), inspect.cleandoc("  a\n    b\n  c"))
def gen():
    yield 1
async def coro():
    pass
print(inspect.isgeneratorfunction(gen), inspect.iscoroutinefunction(coro), inspect.isgenerator(gen()), inspect.isbuiltin(len))
print(inspect.getfullargspec(greet))
print(inspect.getcallargs(greet, "Z"), inspect.unwrap(functools.wraps(greet)(lambda *a: None)) is greet)
from dataclasses import field
@dataclass
class Config:
    name: str
    tags: list = field(default_factory=list)
    retries: int = 3
print(inspect.signature(Point), inspect.signature(Config), Config.__init__.__annotations__)
