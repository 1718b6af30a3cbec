import asyncio

async def fail(n, exc):
    for _ in range(n):
        await asyncio.sleep(0)
    raise exc

async def ok(n):
    try:
        await asyncio.sleep(n / 10)
        print("ok", n)
    except asyncio.CancelledError:
        print("ok", n, "cancelled")
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(1, ValueError("v1")))
            tg.create_task(fail(1, TypeError("t1")))
            tg.create_task(ok(5))
    except* ValueError as eg:
        print("values:", eg.exceptions)
    except* TypeError as eg:
        print("types:", eg.exceptions)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok(1))
            raise KeyError("body")
    except* KeyError as eg:
        print("body error:", repr(eg))
    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(asyncio.sleep(i / 10, result=i)) for i in range(3)]
    print([t.result() for t in ts])

asyncio.run(main())

async def main_uncaught():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail(1, ValueError("boom")))
asyncio.run(main_uncaught())
