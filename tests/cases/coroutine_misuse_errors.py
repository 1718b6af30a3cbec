import asyncio
async def f(): return 1
c = f()
try:
    for x in c: pass
except TypeError as e:
    print('TypeError', e)
try:
    len(c)
except TypeError as e:
    print('TypeError', e)
print(type(c).__name__, c.cr_running, c.cr_await)
c.close()
try:
    asyncio.run(f)
except (TypeError, ValueError) as e:
    print(type(e).__name__, str(e).split(' at 0x')[0])
async def g():
    return await f()
print(asyncio.run(g()))
try:
    exec('await f()')
except SyntaxError as e:
    print('SyntaxError', e.msg)
try:
    compile('def h():\n    await f()\n', '<s>', 'exec')
except SyntaxError as e:
    print('SyntaxError', e.msg)
try:
    compile('async def h():\n    yield 1\n    return 2\n', '<s>', 'exec')
except SyntaxError as e:
    print('SyntaxError', e.msg)
