import asyncio
import time

async def worker(name, delay, out):
    print(f"{name} start")
    await asyncio.sleep(delay)
    print(f"{name} done after {delay}")
    out.append(name)
    return name.upper()

async def main():
    out = []
    t0 = asyncio.get_running_loop().time()
    res = await asyncio.gather(worker("a", 0.3, out), worker("b", 0.1, out), worker("c", 0.2, out))
    print(res, out)
    print("elapsed >= 0.3:", asyncio.get_running_loop().time() - t0 > 0.29)
    return 42

print(asyncio.run(main()))
print(asyncio.iscoroutinefunction(main), asyncio.iscoroutinefunction(print))
c = main()
print(asyncio.iscoroutine(c))
c.close()
