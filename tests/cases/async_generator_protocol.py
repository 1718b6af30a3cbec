async def agen():
    try:
        yield 1
        x = yield 2
        print("got sent", x)
        yield 3
    finally:
        print("agen finally")

def drive(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return e.value

g = agen()
print(type(g).__name__, g.__name__)
print(drive(g.__anext__()))
print(drive(g.asend(None)))
print(drive(g.asend("hello")))
try:
    drive(g.__anext__())
except StopAsyncIteration:
    print("exhausted")
try:
    drive(g.__anext__())
except StopAsyncIteration:
    print("still exhausted")

g = agen()
print(drive(g.__anext__()))
print(drive(g.aclose()))
try:
    drive(g.__anext__())
except StopAsyncIteration:
    print("closed")

async def catching():
    while True:
        try:
            yield "v"
        except ValueError as e:
            yield f"caught {e}"

g = catching()
print(drive(g.__anext__()))
print(drive(g.athrow(ValueError("bad"))))
print(drive(g.asend(None)))

async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

g = stubborn()
drive(g.__anext__())
try:
    drive(g.aclose())
except RuntimeError as e:
    print(e)

async def raise_sai():
    yield 1
    raise StopAsyncIteration
g = raise_sai()
drive(g.__anext__())
try:
    drive(g.__anext__())
except RuntimeError as e:
    print(e)

g2 = agen()
aw = g2.__anext__()
drive(aw)
try:
    drive(aw)
except RuntimeError as e:
    print(e)
drive(g2.aclose())

async def use_aiter():
    out = []
    g = agen()
    async for v in g:
        out.append(v)
        if v == 2:
            break
    await g.aclose()
    return out
print(drive(use_aiter()))

class Counter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def use_counter():
    total = 0
    async for x in Counter(4):
        total += x
    else:
        print("else ran")
    return total, [x * 2 async for x in Counter(3)], {x async for x in Counter(2)}, {x: x async for x in Counter(2)}
print(drive(use_counter()))

async def bad_for():
    async for x in [1, 2]:
        pass
try:
    drive(bad_for())
except TypeError as e:
    print(e)

class NoAnext:
    def __aiter__(self):
        return 1
async def bad_for2():
    async for x in NoAnext():
        pass
try:
    drive(bad_for2())
except TypeError as e:
    print(e)

class BadAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 5
async def bad_for3():
    async for x in BadAnext():
        pass
try:
    drive(bad_for3())
except TypeError as e:
    print(e)

async def agenexp():
    g = (x * 10 async for x in Counter(3))
    print(type(g).__name__)
    return [v async for v in g]
print(drive(agenexp()))

async def use_anext():
    it = aiter(Counter(2))
    a = await anext(it)
    b = await anext(it)
    c = await anext(it, "default")
    return a, b, c
print(drive(use_anext()))
try:
    aiter(1)
except TypeError as e:
    print(e)
try:
    anext(1)
except TypeError as e:
    print(e)
