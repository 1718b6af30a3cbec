import asyncio
async def main():
    await asyncio.sleep(0)
    raise PermissionError(13, 'denied', 'file.txt')
print('async')
asyncio.run(main())
