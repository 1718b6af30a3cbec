import asyncio
class AsyncRange:
    def __init__(self, n): self.n = n
    def __aiter__(self):
        self.i = 0
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.i += 1
        return self.i - 1
class Awaitable:
    def __init__(self, v): self.v = v
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return self.v * 2
async def main():
    print([x async for x in AsyncRange(4)])
    print(await Awaitable(21))
    total = 0
    async for x in AsyncRange(5):
        total += await Awaitable(x)
    print(total)
    ar = AsyncRange(2)
    it = ar.__aiter__()
    print(await it.__anext__(), await anext(it), await anext(it, 'default'))
    try:
        await anext(it)
    except StopAsyncIteration:
        print('exhausted')
    print(aiter(ar) is ar)
asyncio.run(main())
