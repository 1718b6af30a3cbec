def gen(n):
    for i in range(n):
        x = yield i
        print(x)
    yield from range(2)
    return 5
