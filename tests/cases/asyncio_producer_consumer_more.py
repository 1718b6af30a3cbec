import asyncio
async def producer(q, n):
    for i in range(n):
        await q.put(i)
        await asyncio.sleep(0.001)
async def consumer(name, q, out):
    while True:
        item = await q.get()
        out.append((name, item))
        q.task_done()
async def main():
    q = asyncio.Queue()
    out = []
    consumers = [asyncio.create_task(consumer(f'c{i}', q, out)) for i in range(2)]
    await producer(q, 6)
    await q.join()
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)
    print(sorted(item for _, item in out), len(out), all(c.cancelled() for c in consumers))
asyncio.run(main())
