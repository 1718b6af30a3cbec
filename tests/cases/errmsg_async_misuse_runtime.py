exprs = ["exec('import asyncio\\nasync def f():\\n    async for x in [1]: pass\\nasyncio.run(f())')", "exec('import asyncio\\nasync def f():\\n    await 3\\nasyncio.run(f())')", "exec('import asyncio\\nasyncio.run(None)')", "exec('import asyncio\\nasync def f():\\n    return [x async for x in 5]\\nasyncio.run(f())')", "exec('import asyncio\\nasync def g():\\n    yield 1\\nasync def f():\\n    for x in g(): pass\\nasyncio.run(f())')", "exec('import asyncio\\nasync def f():\\n    await asyncio.sleep(-1)\\n    return 1\\nprint(asyncio.run(f()))')"]
for expr in exprs:
    try:
        r = eval(expr)
        print(expr[:50], '=', repr(r)[:70])
    except BaseException as e:
        print(expr[:50], '->', type(e).__name__, e)
