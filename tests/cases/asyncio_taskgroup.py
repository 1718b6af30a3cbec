import asyncio

async def job(n, fail=False):
    await asyncio.sleep(n / 10)
    if fail:
        raise ValueError(f"job {n} failed")
    print("job", n, "done")
    return n

async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job(1))
        t2 = tg.create_task(job(2))
    print(t1.result(), t2.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job(1, fail=True))
            tg.create_task(job(5))
    except* ValueError as eg:
        print("caught", repr(eg.exceptions))

asyncio.run(main())
