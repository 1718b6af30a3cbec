# exception raised inside a generator
def gen():
    yield 1
    yield 2
    raise OverflowError('generator overflowed')
for v in gen():
    print(v)
