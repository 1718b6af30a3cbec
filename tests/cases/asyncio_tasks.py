import asyncio

async def child(i):
    print("child", i, "running")
    await asyncio.sleep(0)
    print("child", i, "after sleep(0)")
    return i * 10

async def main():
    t1 = asyncio.create_task(child(1))
    t2 = asyncio.create_task(child(2), name="second")
    print(t1.get_name(), t2.get_name(), t1.done())
    print("main before await")
    r1 = await t1
    print("r1", r1, t1.done(), t1.result())
    r2 = await t2
    print("r2", r2)
    print(asyncio.current_task().get_name())

    async def forever():
        try:
            await asyncio.sleep(100)
        except asyncio.CancelledError:
            print("forever cancelled")
            raise
    t = asyncio.create_task(forever())
    await asyncio.sleep(0.01)
    print(t.cancel(), t.cancelled())
    try:
        await t
    except asyncio.CancelledError:
        print("caught CancelledError", t.cancelled(), t.done())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result raised", type(e).__name__)

    async def fails():
        await asyncio.sleep(0.01)
        raise ValueError("boom")
    t = asyncio.create_task(fails())
    try:
        await t
    except ValueError as e:
        print("fails:", e, type(t.exception()).__name__)

    t = asyncio.create_task(child(3))
    t.cancel("stop it")
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancelled before start:", e.args)

asyncio.run(main())
