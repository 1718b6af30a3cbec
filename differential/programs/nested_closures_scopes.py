"""Closures and scoping an agent relies on: counters, late binding pitfalls, nonlocal state machines, decorators with state."""
def make_counter(start=0, step=1):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        count = start
    inc.reset = reset
    return inc

c = make_counter(10, 5)
print(c(), c(), c())
c.reset()
print(c(), c.__closure__ is not None, len(c.__closure__), c.__code__.co_freevars)

late = [lambda: i for i in range(3)]
early = [lambda i=i: i for i in range(3)]
print([f() for f in late], [f() for f in early])

def accumulator():
    total = 0
    history = []
    def add(x):
        nonlocal total
        total += x
        history.append(total)
        return total
    return add, history

add, hist = accumulator()
for v in [5, -2, 10]:
    add(v)
print(hist)

x = "global"
def outer():
    x = "enclosing"
    def inner():
        return x
    def shadow():
        x = "local"
        return x
    def glob():
        global x
        return x
    return inner(), shadow(), glob()
print(outer())

def memo_with_stats(fn):
    cache, stats = {}, {"hits": 0, "misses": 0}
    def wrapper(n):
        if n in cache:
            stats["hits"] += 1
        else:
            stats["misses"] += 1
            cache[n] = fn(n)
        return cache[n]
    wrapper.stats = stats
    return wrapper

@memo_with_stats
def tri(n):
    return n if n < 2 else n + tri(n - 1)
print(tri(30), tri(30), tri.stats)

def state_machine():
    state = "idle"
    transitions = {("idle", "start"): "running", ("running", "pause"): "paused", ("paused", "start"): "running",
                   ("running", "stop"): "idle", ("paused", "stop"): "idle"}
    def send(event):
        nonlocal state
        new = transitions.get((state, event))
        if new is None:
            return f"{event!r} ignored in {state}"
        old, state = state, new
        return f"{old} -> {new}"
    return send
sm = state_machine()
print([sm(e) for e in ["pause", "start", "pause", "start", "stop", "stop"]])
funcs = {}
for name in ["double", "square"]:
    def f(v, name=name):
        return v * 2 if name == "double" else v * v
    funcs[name] = f
print({k: fn(7) for k, fn in funcs.items()})
def gen_factory():
    data = []
    def producer():
        for i in range(3):
            data.append(i)
            yield i
    return producer, data
p, d = gen_factory()
print(list(p()), d)
try:
    def broken():
        print(y)
        y = 1
    broken()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
