def g():
    yield 1
    raise LookupError('from generator')
for x in g():
    print(x)
