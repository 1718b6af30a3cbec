import asyncio

async def main():
    await asyncio.sleep(0.1)
    raise KeyError("missing")

asyncio.run(main())
