def drive(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return e.value

class ACM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        print("enter", self.name)
        return self.name
    async def __aexit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress

async def main():
    async with ACM("a") as a, ACM("b") as b:
        print("body", a, b)
    async with ACM("s", suppress=True):
        raise ValueError("suppressed")
    try:
        async with ACM("n"):
            raise KeyError("k")
    except KeyError as e:
        print("propagated", e)
    for i in range(3):
        async with ACM(f"loop{i}"):
            if i == 1:
                continue
            if i == 2:
                break
            print("loop body", i)
    return await inner_return()

async def inner_return():
    async with ACM("ret"):
        return "returned"

print(drive(main()))

class NotACM:
    pass
async def bad():
    async with NotACM():
        pass
try:
    drive(bad())
except TypeError as e:
    print(e)

class OnlyEnter:
    async def __aenter__(self):
        return 1
async def bad2():
    async with OnlyEnter():
        pass
try:
    drive(bad2())
except TypeError as e:
    print(e)

class SyncEnter:
    def __aenter__(self):
        return 1
    async def __aexit__(self, *a):
        pass
async def bad3():
    async with SyncEnter():
        pass
try:
    drive(bad3())
except TypeError as e:
    print(e)

class SyncExit:
    async def __aenter__(self):
        return 1
    def __aexit__(self, *a):
        return None
async def bad4():
    async with SyncExit():
        pass
try:
    drive(bad4())
except TypeError as e:
    print(e)

class SyncCM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass
async def bad5():
    async with SyncCM():
        pass
try:
    drive(bad5())
except TypeError as e:
    print(e)
