import asyncio
async def boom(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)
async def main():
    try:
        await boom('direct')
    except ValueError as e:
        print('caught', e)
    t = asyncio.create_task(boom('in task'))
    await asyncio.sleep(0.01)
    print(t.done(), type(t.exception()).__name__, t.exception())
    try:
        t.result()
    except ValueError as e:
        print('result() re-raises', e)
    async def cancel_me():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print('cleanup on cancel')
            raise
    t = asyncio.create_task(cancel_me())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('awaiting cancelled task raises CancelledError', t.cancelled())
    print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))
    async def suppress_cancel():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            return 'swallowed'
    t = asyncio.create_task(suppress_cancel())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled())
    try:
        await asyncio.wait_for(boom('inside wait_for'), 1)
    except ValueError as e:
        print('wait_for propagates', e)
    results = await asyncio.gather(boom('a'), asyncio.sleep(0, 'ok'), return_exceptions=True)
    print([type(r).__name__ for r in results])
    try:
        async with asyncio.timeout(0.01) if hasattr(asyncio, 'timeout') else asyncio.Lock():
            await asyncio.sleep(1)
    except TimeoutError:
        print('asyncio.timeout expired')
try:
    asyncio.run(main())
finally:
    print('loop closed')
try:
    asyncio.run(boom('top level'))
except ValueError as e:
    print('asyncio.run re-raises', e)
try:
    asyncio.run(5)
except ValueError as e:
    print('ValueError', e)
async def nested_run():
    asyncio.run(asyncio.sleep(0))
try:
    asyncio.run(nested_run())
except RuntimeError as e:
    print('RuntimeError', e)
