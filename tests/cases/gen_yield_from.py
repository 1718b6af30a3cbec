# yield from delegation
def inner():
    yield 1
    yield 2
    return 'inner done'
def outer():
    r = yield from inner()
    print('inner returned', r)
    yield 3
print(list(outer()))
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def chain(*its):
    for it in its:
        yield from it
print(list(chain('ab', range(3), [None])))
def relay():
    got = yield from echo()
    yield got
def echo():
    x = yield 'ready'
    return x * 2
r = relay()
print(next(r), r.send(21))
