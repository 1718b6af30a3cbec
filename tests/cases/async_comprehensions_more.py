import asyncio
async def arange(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i
async def square(x):
    await asyncio.sleep(0)
    return x * x
async def main():
    print([x async for x in arange(4)])
    print([await square(x) for x in range(4)])
    print([await square(x) async for x in arange(3) if x])
    print({x: await square(x) async for x in arange(3)})
    print({await square(x) for x in [1, -1, 2]})
    gen = (await square(x) for x in range(3))
    print(type(gen).__name__, [v async for v in gen])
    print([[y async for y in arange(x)] for x in range(3)])
    print([(x, y) async for x in arange(2) for y in range(2)])
    print(sum([x async for x in arange(5)]))
    result = []
    async for x in arange(3):
        async for y in arange(2):
            result.append((x, y))
    print(result)
asyncio.run(main())
for src in ['[x async for x in y]', 'def f():\n    return [x async for x in y]\n', 'def f():\n    return [await x for x in y]\n',
            'async def f():\n    return (x async for x in y)\n', 'async def f():\n    yield from y\n', 'async def f():\n    await = 1\n']:
    try:
        compile(src, '<s>', 'exec')
        print('compiled')
    except SyntaxError as e:
        print('SyntaxError', e.msg)
