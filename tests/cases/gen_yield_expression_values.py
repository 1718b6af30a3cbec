def g():
    x = yield
    y = yield x * 2
    z = (yield y) + 1
    yield z
it = g()
print(next(it), it.send(5), it.send(7), it.send(9))
