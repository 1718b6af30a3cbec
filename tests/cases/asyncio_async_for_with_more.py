import asyncio
class Ticker:
    def __init__(self, n): self.n = n; self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0)
        return self.i
class Resource:
    def __init__(self, name, suppress=False): self.name, self.suppress = name, suppress
    async def __aenter__(self):
        print('aenter', self.name)
        return self
    async def __aexit__(self, et, ev, tb):
        print('aexit', self.name, et.__name__ if et else None)
        return self.suppress
async def agen(n):
    for i in range(n):
        yield i * 10
async def main():
    async for v in Ticker(3):
        print('tick', v)
    else:
        print('async for else')
    print([v async for v in Ticker(4) if v % 2 == 0])
    print({v: str(v) async for v in agen(3)}, {v async for v in agen(2)})
    print([v * w for v in range(2) async for w in agen(2)] if False else [w async for w in agen(3)])
    async with Resource('r1') as r, Resource('r2'):
        print('inside', r.name)
    async with Resource('sup', suppress=True):
        raise KeyError('suppressed')
    try:
        async with Resource('nosup'):
            raise KeyError('propagates')
    except KeyError as e:
        print('caught', e)
    async for i in agen(5):
        if i == 20:
            break
    print('broke at', i)
    gen_exp = (x async for x in agen(3))
    print(type(gen_exp).__name__, [x async for x in gen_exp])
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print('TypeError', e)
    try:
        async with object():
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
    results = [await asyncio.sleep(0, result=k) for k in 'ab']
    print(results)
asyncio.run(main())
