# asyncio: task scheduling order, gather, sleep ordering, create_task, queues, events, locks, errors
import asyncio

async def say(name, delay, log):
    log.append(f"start {name}")
    await asyncio.sleep(delay)
    log.append(f"end {name}")
    return name.upper()

async def fails():
    await asyncio.sleep(0)
    raise ValueError("nope")

async def main():
    log = []
    r = await asyncio.gather(say("a", 0.02, log), say("b", 0.01, log), say("c", 0, log))
    print(r, log)
    t1 = asyncio.create_task(say("x", 0.01, log))
    t2 = asyncio.create_task(say("y", 0, log))
    print(await t2, await t1, t1.done(), t1.result())
    print(await asyncio.gather(fails(), say("z", 0, []), return_exceptions=True))
    try:
        await asyncio.gather(fails(), say("w", 0, []))
    except ValueError as e:
        print("gather raised", e)
    ev = asyncio.Event()
    async def waiter():
        await ev.wait()
        return "woke"
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    ev.set()
    print(await w, ev.is_set())
    lock = asyncio.Lock()
    order = []
    async def crit(i):
        async with lock:
            order.append(i)
            await asyncio.sleep(0)
            order.append(-i)
    await asyncio.gather(crit(1), crit(2), crit(3))
    print(order)
    q = asyncio.Queue()
    async def producer():
        for i in range(4):
            await q.put(i)
        await q.put(None)
    async def consumer():
        got = []
        while (item := await q.get()) is not None:
            got.append(item)
        return got
    print(await asyncio.gather(producer(), consumer()))
    try:
        await asyncio.wait_for(asyncio.sleep(10), 0.01)
    except asyncio.TimeoutError:
        print("timed out")
    print(await asyncio.wait_for(say("v", 0, []), 1))
    sem = asyncio.Semaphore(2)
    active = [0, 0]
    async def limited(i):
        async with sem:
            active[0] += 1
            active[1] = max(active[1], active[0])
            await asyncio.sleep(0.01)
            active[0] -= 1
        return i
    print(await asyncio.gather(*(limited(i) for i in range(5))), active[1])
    return "done"

print(asyncio.run(main()))
print(asyncio.iscoroutinefunction(main), asyncio.iscoroutine(main()) if False else True)
try:
    asyncio.run(42)
except ValueError as e:
    print(e)
