"""Generator protocol details: send/throw/close, cleanup in finally, yield from delegation, coroutine-style parsers."""
def averager():
    total, n = 0.0, 0
    try:
        while True:
            try:
                x = yield (total / n if n else None)
            except ValueError as e:
                print("  averager ignored:", e)
                continue
            total += x
            n += 1
    finally:
        print(f"  averager closed after {n} values")

g = averager()
print(next(g), g.send(10), g.send(20))
print(g.throw(ValueError("bad sample")))
print(g.send(60))
g.close()
print("closed:", g.gi_frame is None)
try:
    g.send(1)
except StopIteration:
    print("send after close -> StopIteration")

def tokens(text):
    for word in text.split():
        if word == "STOP":
            return f"stopped early"
        yield word
    return "consumed all"

def collect(gen):
    out = []
    result = yield from gen
    out.append(result)
    yield out

print(list(collect(tokens("a b c"))), list(collect(tokens("a STOP b"))))

def line_parser():
    """Receives characters, yields completed lines (a push parser)."""
    buf = []
    line = None
    while True:
        ch = yield line
        line = None
        if ch == "\n":
            line = "".join(buf)
            buf.clear()
        else:
            buf.append(ch)

p = line_parser()
next(p)
lines = [r for r in (p.send(c) for c in "ab\ncd\n\nxyz\n") if r is not None]
print(lines)

def fragile():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("  cleanup on GeneratorExit")
        raise
    finally:
        print("  finally of fragile")

f = fragile()
print(next(f))
f.close()
f2 = fragile()
print(list(f2))

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def countdown(n):
    while n > 0:
        received = yield n
        n = received if received is not None else n - 1
c = countdown(5)
print([next(c), next(c), c.send(10), next(c)])
def chain(*its):
    for it in its:
        yield from it
print(list(chain(range(2), "ab", (x * x for x in range(3)))))
gen = (i for i in range(3))
print(next(gen), list(gen), list(gen))
def raiser():
    yield 1
    raise KeyError("inside generator")
try:
    list(raiser())
except KeyError as e:
    print("KeyError:", e)
def inner():
    try:
        yield "inner-1"
    except TypeError:
        yield "inner caught TypeError"
def outer():
    result = yield from inner()
    yield "outer-end"
o = outer()
print(next(o), o.throw(TypeError), next(o))
import inspect
def stepper():
    yield 1
    yield 2
st = stepper()
states = [inspect.getgeneratorstate(st)]
next(st)
states.append(inspect.getgeneratorstate(st))
list(st)
states.append(inspect.getgeneratorstate(st))
print(states)
