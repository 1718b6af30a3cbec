import asyncio
async def main():
    q = asyncio.Queue(maxsize=2)
    results = []
    async def producer():
        for i in range(5):
            await q.put(i)
            results.append(f'put {i}')
        await q.put(None)
    async def consumer():
        while (item := await q.get()) is not None:
            results.append(f'got {item}')
            q.task_done()
        q.task_done()
    await asyncio.gather(producer(), consumer())
    print(results)
    print(q.empty(), q.qsize(), q.full())
    ev = asyncio.Event()
    async def waiter(n):
        await ev.wait()
        return f'waiter {n} released'
    tasks = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print('set?', ev.is_set())
    ev.set()
    print(await asyncio.gather(*tasks))
    lock = asyncio.Lock()
    order = []
    async def critical(n):
        async with lock:
            order.append(f'in {n}')
            await asyncio.sleep(0.01)
            order.append(f'out {n}')
    await asyncio.gather(*(critical(i) for i in range(3)))
    print(order, lock.locked())
    sem = asyncio.Semaphore(2)
    active = []
    peak = 0
    async def limited(n):
        nonlocal peak
        async with sem:
            active.append(n)
            peak = max(peak, len(active))
            await asyncio.sleep(0.01)
            active.remove(n)
    await asyncio.gather(*(limited(i) for i in range(5)))
    print('peak concurrency', peak)
    done = []
    for coro in asyncio.as_completed([asyncio.sleep(0.03, 'slow'), asyncio.sleep(0.01, 'fast')]):
        done.append(await coro)
    print(done)
    t1 = asyncio.create_task(asyncio.sleep(0.01, 'a'))
    t2 = asyncio.create_task(asyncio.sleep(1, 'b'))
    finished, pending = await asyncio.wait({t1, t2}, timeout=0.1)
    print(len(finished), len(pending), [t.result() for t in finished])
    t2.cancel()
    q2 = asyncio.Queue()
    try:
        q2.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty')
asyncio.run(main())
