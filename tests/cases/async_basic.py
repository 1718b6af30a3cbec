import types
async def f(x):
    return x * 2

async def g():
    a = await f(1)
    b = await f(a)
    return a + b

c = g()
print(type(c).__name__, c.__name__, c.__qualname__)
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)

class Aw:
    def __await__(self):
        v = yield "ping"
        return v + 1

async def h():
    r = await Aw()
    return r

c = h()
print(c.send(None))
try:
    c.send(41)
except StopIteration as e:
    print("done", e.value)

async def bad():
    await 3
try:
    bad().send(None)
except TypeError as e:
    print(e)

c = f(2)
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
try:
    c.send(None)
except RuntimeError as e:
    print(e)
c = f(2)
print(c.close())
try:
    iter(c)
except TypeError as e:
    print(e)

async def agen():
    yield 1
    yield 2

async def use():
    out = []
    async for x in agen():
        out.append(x)
    return out

try:
    use().send(None)
except StopIteration as e:
    print(e.value)

class CM:
    async def __aenter__(self):
        print("enter")
        return self
    async def __aexit__(self, *a):
        print("exit", a[0])
        return True

async def w():
    async with CM() as m:
        print("body")
        raise ValueError("x")
    print("after")
try:
    w().send(None)
except StopIteration:
    pass

async def comp():
    return [x async for x in agen()], [await f(i) for i in range(3)]
try:
    comp().send(None)
except StopIteration as e:
    print(e.value)
