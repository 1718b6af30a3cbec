"""Decorators an agent writes: retry with backoff, call counting, validation, memoize, timing-free tracing."""
import functools
import inspect

def trace(fn):
    depth = [0]
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        indent = "  " * depth[0]
        parts = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()]
        print(f"{indent}-> {fn.__name__}({', '.join(parts)})")
        depth[0] += 1
        try:
            result = fn(*args, **kwargs)
        finally:
            depth[0] -= 1
        print(f"{indent}<- {fn.__name__} = {result!r}")
        return result
    return wrapper

def retry(times=3, exceptions=(Exception,), backoff=2):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            delay = 1
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except exceptions as e:
                    if attempt == times:
                        raise
                    print(f"  attempt {attempt} failed ({e}); would sleep {delay}s")
                    delay *= backoff
        return wrapper
    return deco

def count_calls(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        wrapper.calls += 1
        return fn(*a, **k)
    wrapper.calls = 0
    return wrapper

def validate_types(fn):
    sig = inspect.signature(fn)
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        bound = sig.bind(*args, **kwargs)
        bound.apply_defaults()
        for name, value in bound.arguments.items():
            ann = sig.parameters[name].annotation
            if ann is not inspect.Parameter.empty and not isinstance(value, ann):
                raise TypeError(f"{name} must be {ann.__name__}, got {type(value).__name__}")
        return fn(*args, **kwargs)
    return wrapper

@trace
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

fact(4)

state = {"n": 0}
@retry(times=4, exceptions=(ConnectionError, TimeoutError))
def fetch(url):
    state["n"] += 1
    if state["n"] < 3:
        raise ConnectionError(f"refused #{state['n']}")
    return f"200 OK {url}"

print(fetch("http://x"))
state["n"] = -10
try:
    fetch("http://y")
except ConnectionError as e:
    print("gave up:", e)

@count_calls
def add(a, b=1):
    return a + b

print(add(1), add(2, b=5), add.calls, add.__name__, add.__wrapped__(10))

@validate_types
def scale(value: float, factor: int = 2, label: str = "x") -> float:
    return value * factor

print(scale(1.5), scale(2.0, 3, label="y"))
try:
    scale(1.5, "3")
except TypeError as e:
    print("TypeError:", e)
print(inspect.signature(scale), list(inspect.signature(scale).parameters))

class cached_property_demo:
    def __init__(self, n):
        self.n = n
    @functools.cached_property
    def expensive(self):
        print("  computing expensive")
        return sum(range(self.n))

obj = cached_property_demo(100)
print(obj.expensive, obj.expensive, "expensive" in vars(obj))

@functools.singledispatch
def render(x):
    return f"<{type(x).__name__}>"
@render.register
def _(x: int):
    return f"int:{x}"
@render.register(list)
def _(x):
    return "[" + ", ".join(render(i) for i in x) + "]"
print(render(3), render([1, "a", [2.5]]), render(None))
double = functools.partial(scale, factor=2)
print(double(4.0), double.func.__name__, double.keywords, functools.reduce(lambda a, b: a * b, range(1, 6), 1))
def compose(*fns):
    return functools.reduce(lambda f, g: lambda x: g(f(x)), fns)
pipeline = compose(str.strip, str.lower, lambda s: s.replace(" ", "_"))
print(pipeline("  Hello World  "))
print(sorted(["b10", "a2", "a10", "b1"], key=functools.cmp_to_key(lambda x, y: (x[0] > y[0]) - (x[0] < y[0]) or int(x[1:]) - int(y[1:]))))
