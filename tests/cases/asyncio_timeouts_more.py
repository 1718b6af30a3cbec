import asyncio
async def slow(x):
    await asyncio.sleep(1)
    return x
async def main():
    try:
        await asyncio.wait_for(slow(1), 0.1)
    except asyncio.TimeoutError as e:
        print('timeout', type(e).__name__)
    print(await asyncio.wait_for(slow(2), 5))
    done, pending = await asyncio.wait([asyncio.create_task(slow(3))], timeout=0.01)
    print(len(done), len(pending))
    for p in pending:
        p.cancel()
    r = await asyncio.shield(slow(4))
    print(r)
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.05, fut.set_result, 'from call_later')
    print(await fut)
    fut2 = loop.create_future()
    loop.call_soon(fut2.set_exception, KeyError('fut error'))
    try:
        await fut2
    except KeyError as e:
        print('future exception', e)
asyncio.run(main())
