import asyncio
log = []
async def ticker():
    try:
        for i in range(10):
            yield i
    finally:
        log.append('ticker finally')
async def main():
    g = ticker()
    async for v in g:
        if v == 2:
            break
    await g.aclose()
    print(log)
    log.clear()
    g = ticker()
    print(await g.__anext__(), await g.__anext__())
    print(await g.aclose(), log)
    print(await g.aclose())
    async def with_return():
        yield 1
        return
    print([x async for x in with_return()])
    async def raising():
        yield 1
        raise KeyError('inside agen')
    try:
        async for x in raising():
            print('got', x)
    except KeyError as e:
        print('KeyError', e)
    async def stop_iter_inside():
        yield 1
        raise StopAsyncIteration
    try:
        async for x in stop_iter_inside():
            pass
    except RuntimeError as e:
        print('RuntimeError', e)
    g = ticker()
    await g.asend(None)
    try:
        await g.athrow(ValueError('thrown'))
    except ValueError as e:
        print('athrow propagated', e, log)
    print(g.ag_running, type(g.ag_code).__name__, g.__name__)
asyncio.run(main())
