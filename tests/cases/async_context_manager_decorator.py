import asyncio
from contextlib import asynccontextmanager
log = []
@asynccontextmanager
async def resource(name):
    log.append(f'acquire {name}')
    try:
        yield name.upper()
    finally:
        log.append(f'release {name}')
async def main():
    async with resource('db') as r:
        log.append(f'using {r}')
    try:
        async with resource('net'):
            raise ConnectionError('lost')
    except ConnectionError as e:
        log.append(f'caught {e}')
    async with resource('a') as a, resource('b') as b:
        log.append(a + b)
    print(log)
asyncio.run(main())
