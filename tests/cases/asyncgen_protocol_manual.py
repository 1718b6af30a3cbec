# Async generators: asend/athrow/aclose, __anext__, StopAsyncIteration, finalization by aclose.
import asyncio

log = []
async def agen():
    try:
        x = yield 1
        log.append(('got', x))
        y = yield 2
        log.append(('got', y))
    except ValueError as e:
        log.append(('caught', str(e)))
        yield 'after-throw'
    finally:
        log.append('finally')

async def main():
    g = agen()
    print(type(g).__name__, g.__name__)
    print(await g.__anext__())
    print(await g.asend('A'))
    print(await g.athrow(ValueError('bad')))
    try:
        await g.__anext__()
    except StopAsyncIteration as e:
        print('StopAsyncIteration', e.args)
    print(log)

    log.clear()
    g = agen()
    print(await g.asend(None))
    print(await g.aclose())
    print(log)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print('closed agen is exhausted')

    g = agen()
    try:
        await g.asend('x')
    except TypeError as e:
        print('TypeError', e)

    async def ignore_exit():
        try:
            yield 1
        except GeneratorExit:
            yield 2
    g = ignore_exit()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print('RuntimeError', e)

    async def returns_early():
        yield 1
    g = returns_early()
    out = [x async for x in g]
    print(out)

    async def countdown(n):
        while n:
            await asyncio.sleep(0)
            yield n
            n -= 1
    total = 0
    async for v in countdown(4):
        total += v
    print('total', total)
    print([v async for v in countdown(3) if v != 2])
    print({v: v * v async for v in countdown(3)})

asyncio.run(main())
