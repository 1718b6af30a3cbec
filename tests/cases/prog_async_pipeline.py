import asyncio
async def fetch(i):
    await asyncio.sleep(0.01 * (5 - i))
    if i == 3:
        raise ConnectionError(f'item {i} failed')
    return {'id': i, 'value': i * i}
async def worker(name, queue, results):
    while True:
        i = await queue.get()
        try:
            results.append(await fetch(i))
        except ConnectionError as e:
            results.append({'id': i, 'error': str(e)})
        finally:
            queue.task_done()
async def main():
    q = asyncio.Queue()
    for i in range(6):
        q.put_nowait(i)
    results = []
    workers = [asyncio.create_task(worker(f'w{n}', q, results)) for n in range(3)]
    await q.join()
    for w in workers: w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    return sorted(results, key=lambda r: r['id'])
for r in asyncio.run(main()):
    print(r)
