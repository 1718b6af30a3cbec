"""asyncio producer/consumer pipeline with queues, gather, timeouts and semaphores (virtual time)."""
import asyncio

LOG = []

def log(msg):
    LOG.append(msg)
    print(msg)

async def fetch(name, delay, fail=False):
    log(f"start {name}")
    await asyncio.sleep(delay)
    if fail:
        raise ConnectionError(f"{name} failed")
    log(f"done {name}")
    return name.upper()

async def producer(q, items):
    for i in items:
        await q.put(i)
        log(f"produced {i}")
        await asyncio.sleep(0.01)
    await q.put(None)

async def consumer(q, results):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            break
        await asyncio.sleep(0.015)
        results.append(item * item)
        log(f"consumed {item}")
        q.task_done()

async def limited(sem, i):
    async with sem:
        log(f"enter {i}")
        await asyncio.sleep(0.1)
        log(f"leave {i}")
        return i

async def main():
    results = await asyncio.gather(fetch("a", 0.3), fetch("b", 0.1), fetch("c", 0.2))
    print("gather:", results)
    out = await asyncio.gather(fetch("x", 0.05), fetch("y", 0.01, fail=True), return_exceptions=True)
    print("with exceptions:", [repr(r) for r in out])
    try:
        await asyncio.wait_for(fetch("slow", 5), timeout=0.5)
    except asyncio.TimeoutError:
        print("timed out")
    q = asyncio.Queue(maxsize=2)
    res = []
    await asyncio.gather(producer(q, [1, 2, 3, 4]), consumer(q, res))
    print("pipeline:", res)
    sem = asyncio.Semaphore(2)
    print("limited:", await asyncio.gather(*(limited(sem, i) for i in range(5))))
    tasks = [asyncio.create_task(fetch(f"t{i}", 0.1 * (3 - i))) for i in range(3)]
    for fut in asyncio.as_completed(tasks):
        print("as_completed:", await fut)
    t = asyncio.create_task(fetch("cancel-me", 10))
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled:", t.cancelled())
    loop = asyncio.get_running_loop()
    start = loop.time()
    await asyncio.sleep(1.5)
    print("elapsed:", round(loop.time() - start, 1))

asyncio.run(main())
print(len(LOG), LOG[:3])
