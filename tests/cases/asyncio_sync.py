import asyncio

async def main():
    q = asyncio.Queue(maxsize=2)
    async def producer():
        for i in range(5):
            await q.put(i)
            print("put", i, q.qsize())
        await q.put(None)
    async def consumer():
        while True:
            item = await q.get()
            q.task_done()
            if item is None:
                break
            print("got", item)
            await asyncio.sleep(0.01)
    await asyncio.gather(producer(), consumer())
    await q.join()
    print(q.empty(), q.full())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")

    lock = asyncio.Lock()
    async def crit(n):
        async with lock:
            print("enter", n, lock.locked())
            await asyncio.sleep(0.01)
            print("leave", n)
    await asyncio.gather(*(crit(i) for i in range(3)))
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print(e)

    ev = asyncio.Event()
    async def waiter(n):
        print("waiting", n)
        await ev.wait()
        print("woke", n)
    ts = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0.1)
    print("set", ev.is_set())
    ev.set()
    await asyncio.gather(*ts)

    sem = asyncio.Semaphore(2)
    active = 0
    async def limited(n):
        nonlocal active
        async with sem:
            active += 1
            print("start", n, "active", active)
            await asyncio.sleep(0.1)
            active -= 1
    await asyncio.gather(*(limited(i) for i in range(5)))
    b = asyncio.BoundedSemaphore(1)
    try:
        b.release()
    except ValueError as e:
        print(e)

    pq = asyncio.PriorityQueue()
    for x in [3, 1, 2]:
        pq.put_nowait(x)
    print([pq.get_nowait() for _ in range(3)])

asyncio.run(main())
