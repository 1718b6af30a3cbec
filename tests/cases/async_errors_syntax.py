cases = [
    "await x",
    "def f():\n    await x\n",
    "def f():\n    async for x in y:\n        pass\n",
    "def f():\n    async with x:\n        pass\n",
    "async for x in y:\n    pass\n",
    "async with x:\n    pass\n",
    "async def f():\n    yield from x\n",
    "async def f():\n    yield 1\n    return 2\n",
    "def f():\n    return [x async for x in y]\n",
    "def f():\n    return [await x for x in y]\n",
    "[x async for x in y]\n",
    "async def f():\n    return lambda: await x\n",
    "def f():\n    return (x async for x in y)\n",
    "def f():\n    return (await x for x in y)\n",
    "async def f():\n    return [y async for x in a for y in [x] if await y]\n",
    "async def f():\n    yield 1\n    return\n",
    "async def f():\n    class C:\n        await x\n",
]
for src in cases:
    try:
        compile(src, "<s>", "exec")
        print("ok")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
