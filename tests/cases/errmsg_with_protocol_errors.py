exprs = ["exec('with 1: pass')", "exec('with None as x: pass')", "exec('class A:\\n    def __enter__(self): return 1\\nwith A(): pass')", "exec('class A:\\n    def __exit__(self, *a): pass\\nwith A(): pass')", "exec('import asyncio\\nasync def f():\\n    async with object(): pass\\nasyncio.run(f())')", "exec('import asyncio\\nasync def f():\\n    with asyncio.Lock(): pass\\nasyncio.run(f())')"]
for expr in exprs:
    try:
        r = eval(expr)
        print(expr[:50], '=', repr(r)[:70])
    except BaseException as e:
        print(expr[:50], '->', type(e).__name__, e)
