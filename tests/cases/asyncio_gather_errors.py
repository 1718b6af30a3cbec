import asyncio

async def ok(x):
    await asyncio.sleep(0.1 * x)
    return x

async def bad(x):
    await asyncio.sleep(0.1 * x)
    raise ValueError(f"bad {x}")

async def main():
    print(await asyncio.gather(ok(2), bad(1), ok(3), return_exceptions=True))
    try:
        await asyncio.gather(ok(1), bad(2))
    except ValueError as e:
        print("gather raised", e)
    print(await asyncio.gather())
    r = await asyncio.gather(*[ok(i) for i in range(4)])
    print(r)
    g = asyncio.gather(ok(5), ok(6))
    await asyncio.sleep(0.1)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled")
    s = await asyncio.shield(ok(1))
    print("shield", s)
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.5, fut.set_result, "later")
    loop.call_soon(print, "call_soon ran")
    print(await fut)
    fut = loop.create_future()
    print(fut.done(), repr(fut))
    fut.set_result(3)
    print(repr(fut))
    try:
        fut.set_result(4)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    f2 = loop.create_future()
    try:
        f2.result()
    except asyncio.InvalidStateError as e:
        print(e)

asyncio.run(main())
try:
    asyncio.run(1)
except ValueError as e:
    print(e)
async def inner():
    asyncio.run(ok(1))
c = None
async def outer():
    try:
        asyncio.run(ok(1))
    except RuntimeError as e:
        print(e)
co = ok(1)
asyncio.run(outer())
co.close()
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(e)
