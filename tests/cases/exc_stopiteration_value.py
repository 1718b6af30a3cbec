def g():
    yield 1
    return 'result'
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print(repr(e), e.value, e.args)
print(StopIteration().value, StopIteration(1, 2).value)
