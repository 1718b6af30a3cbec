import asyncio
log = []
async def worker(name, delay, result=None, fail=False):
    log.append(f'start {name}')
    await asyncio.sleep(delay)
    log.append(f'end {name}')
    if fail:
        raise ValueError(f'{name} failed')
    return result if result is not None else name
async def main():
    r = await asyncio.gather(worker('a', 0.02), worker('b', 0.01), worker('c', 0))
    print(r, log)
    log.clear()
    r = await asyncio.gather(worker('x', 0.01), worker('y', 0, fail=True), return_exceptions=True)
    print([repr(v) for v in r])
    try:
        await asyncio.gather(worker('p', 0), worker('q', 0, fail=True))
    except ValueError as e:
        print('gather raised', e)
    t1 = asyncio.create_task(worker('t1', 0.01, 1))
    t2 = asyncio.create_task(worker('t2', 0, 2))
    print(t1.done(), type(t1).__name__)
    print(await t1 + await t2, t1.done(), t1.result(), t2.result())
    t3 = asyncio.create_task(worker('t3', 1))
    await asyncio.sleep(0)
    t3.cancel()
    try:
        await t3
    except asyncio.CancelledError:
        print('t3 cancelled', t3.cancelled())
    try:
        await asyncio.wait_for(worker('slow', 10), timeout=0.05)
    except asyncio.TimeoutError:
        print('timed out', asyncio.TimeoutError is TimeoutError)
    print(await asyncio.gather())
    async def nested():
        return await asyncio.gather(*(worker(str(i), 0, i * i) for i in range(4)))
    print(await nested())
    t = asyncio.create_task(worker('named', 0), name='my-task')
    print(t.get_name())
    await t
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await asyncio.sleep(0.5)
    print('virtual clock advanced', round(loop.time() - t0, 1) >= 0.5)
asyncio.run(main())
print(asyncio.run(worker('top', 0, 'ret')))
