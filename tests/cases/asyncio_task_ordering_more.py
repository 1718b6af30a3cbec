import asyncio
order = []
async def step(name, n, delay):
    for i in range(n):
        order.append(f'{name}{i}')
        await asyncio.sleep(delay)
async def main():
    await asyncio.gather(step('a', 3, 0), step('b', 3, 0))
    print(order); order.clear()
    await asyncio.gather(step('x', 2, 0.02), step('y', 3, 0.01))
    print(order); order.clear()
    t = asyncio.create_task(step('t', 2, 0))
    order.append('main before await')
    await t
    print(order)
    print(asyncio.current_task().get_name() if asyncio.current_task() else None, len(asyncio.all_tasks()))
asyncio.run(main())
