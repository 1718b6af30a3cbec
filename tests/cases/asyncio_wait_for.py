import asyncio

async def slow(x):
    await asyncio.sleep(1)
    return x

async def main():
    print(await asyncio.wait_for(slow(1), timeout=2))
    try:
        await asyncio.wait_for(slow(2), timeout=0.5)
    except asyncio.TimeoutError as e:
        print("timeout", type(e).__name__, isinstance(e, TimeoutError))
    try:
        await asyncio.wait_for(slow(3), timeout=0)
    except TimeoutError:
        print("timeout 0")
    print(await asyncio.wait_for(slow(4), None))

    try:
        async with asyncio.timeout(0.2):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout cm")
    async with asyncio.timeout(5) as cm:
        await asyncio.sleep(0.1)
    print(cm.expired())
    async with asyncio.timeout(None):
        await asyncio.sleep(0.1)
    print("no timeout ok")

    t1 = asyncio.create_task(slow("a"))
    t2 = asyncio.create_task(asyncio.sleep(0.5, result="b"))
    done, pending = await asyncio.wait({t1, t2}, return_when=asyncio.FIRST_COMPLETED)
    print([t.result() for t in done], len(pending))
    done, pending = await asyncio.wait({t1, t2})
    print(sorted(t.result() for t in done), len(pending))
    try:
        await asyncio.wait([slow(1)])
    except TypeError as e:
        print(e)
    try:
        await asyncio.wait([])
    except ValueError as e:
        print(e)

    async def d(n):
        await asyncio.sleep(n / 10)
        return n
    for f in asyncio.as_completed([d(3), d(1), d(2)]):
        print("as_completed", await f)

asyncio.run(main())
