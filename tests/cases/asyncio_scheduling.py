import asyncio

log = []

async def ticker(name, n, delay):
    for i in range(n):
        log.append(f"{name}{i}")
        await asyncio.sleep(delay)

async def yielder(name):
    for i in range(3):
        log.append(f"{name}:{i}")
        await asyncio.sleep(0)

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(log.append, "soon1")
    loop.call_later(0.5, log.append, "later500")
    loop.call_later(0.1, log.append, "later100")
    loop.call_later(0.1, log.append, "later100b")
    h = loop.call_later(0.2, log.append, "cancelled")
    h.cancel()
    loop.call_soon(log.append, "soon2")
    await asyncio.gather(ticker("a", 3, 0.2), ticker("b", 2, 0.3), yielder("y"), yielder("z"))
    print(log)
    log.clear()
    t = asyncio.create_task(yielder("t"))
    log.append("main-after-create")
    await asyncio.sleep(0)
    log.append("main-after-sleep0")
    await t
    print(log)

    results = []
    async def shutdown_aware(i):
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            results.append(f"cancelled {i}")
            raise
    tasks = [asyncio.create_task(shutdown_aware(i)) for i in range(3)]
    await asyncio.sleep(0.1)
    tasks[1].cancel()
    g = asyncio.gather(*tasks, return_exceptions=True)
    tasks[0].cancel()
    tasks[2].cancel()
    print([type(r).__name__ for r in await g], results)

    cond = asyncio.Condition()
    items = []
    async def consumer(i):
        async with cond:
            await cond.wait_for(lambda: items)
            print("consumer", i, "got", items.pop(0))
    cs = [asyncio.create_task(consumer(i)) for i in range(2)]
    await asyncio.sleep(0)
    for v in "xy":
        async with cond:
            items.append(v)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*cs)

    async def nested_timeout():
        try:
            async with asyncio.timeout(0.5):
                try:
                    async with asyncio.timeout(0.1):
                        await asyncio.sleep(1)
                except TimeoutError:
                    print("inner timeout")
                await asyncio.sleep(1)
        except TimeoutError:
            print("outer timeout")
    await nested_timeout()

    async def slow_cleanup():
        try:
            await asyncio.sleep(5)
        finally:
            print("cleanup start")
            await asyncio.sleep(0.1)
            print("cleanup end")
    try:
        await asyncio.wait_for(slow_cleanup(), 0.2)
    except TimeoutError:
        print("wait_for timed out after cleanup")

start = 0
async def runner():
    global start
    start = asyncio.get_running_loop().time()
    await main()

asyncio.run(runner())

async def leftover():
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        print("leftover cancelled at shutdown")

async def main2():
    asyncio.create_task(leftover())
    await asyncio.sleep(0)
    print("main2 done")
asyncio.run(main2())
