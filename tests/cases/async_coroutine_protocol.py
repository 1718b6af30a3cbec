import types

async def simple():
    return 1

c = simple()
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_running, c.cr_await)
try:
    c.send(1)
except TypeError as e:
    print(e)
try:
    next(c)
except TypeError as e:
    print(e)
try:
    for x in c:
        pass
except TypeError as e:
    print(e)
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print(e)

class Ping:
    def __await__(self):
        x = yield "ping"
        print("resumed with", x)
        return "pong"

async def middle():
    try:
        r = await Ping()
        print("middle got", r)
        r2 = await Ping()
        return r + r2
    finally:
        print("middle finally")

async def outer():
    v = await middle()
    return v * 2

o = outer()
print(o.send(None))
print(o.cr_await is not None, type(o.cr_await).__name__)
print(o.send("one"))
try:
    o.send("two")
except StopIteration as e:
    print("result", e.value)

o = outer()
o.send(None)
try:
    o.throw(ValueError("thrown"))
except ValueError as e:
    print("propagated", e)

o = outer()
o.send(None)
print(o.close())

async def catcher():
    try:
        await Ping()
    except KeyError as e:
        print("caught inside", repr(e))
        return "recovered"

c = catcher()
c.send(None)
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)

async def ignore_exit():
    try:
        await Ping()
    except GeneratorExit:
        await Ping()

c = ignore_exit()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print(e)

async def raises_stop():
    raise StopIteration(5)
try:
    raises_stop().send(None)
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)

class BadAwait:
    def __await__(self):
        return 42
async def use_bad():
    await BadAwait()
try:
    use_bad().send(None)
except TypeError as e:
    print(e)

class CoroAwait:
    def __await__(self):
        return simple()
async def use_coro_await():
    await CoroAwait()
co = use_coro_await()
try:
    co.send(None)
except TypeError as e:
    print(e)
print(repr(co)[:30])

async def twice(c):
    await c
inner = outer()
a1 = twice(inner)
a1.send(None)
a2 = twice(inner)
try:
    a2.send(None)
except RuntimeError as e:
    print(e)
a1.close()
print(a1.cr_await, inner.cr_await)

def gen():
    yield from simple()
try:
    list(gen())
except TypeError as e:
    print(e)

w = simple().__await__()
print(type(w).__name__)
try:
    next(w)
except StopIteration as e:
    print("wrapper result", e.value)
print(repr(simple.__code__.co_flags & 0x80), types.CoroutineType if hasattr(types, "CoroutineType") else "")

@types.coroutine
def legacy():
    v = yield "legacy-yield"
    return v * 2

async def use_legacy():
    return await legacy()
c = use_legacy()
print(c.send(None))
try:
    c.send(21)
except StopIteration as e:
    print("legacy result", e.value)
print(types.AsyncGeneratorType.__name__, types.CoroutineType.__name__)
