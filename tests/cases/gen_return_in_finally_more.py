def g():
    try:
        yield 1
        yield 2
    finally:
        return 'from finally'
it = g()
print(next(it))
try:
    it.close()
    print('close swallowed GeneratorExit via return')
except RuntimeError as e:
    print('RuntimeError', e)
it = g()
next(it); next(it)
try:
    next(it)
except StopIteration as e:
    print('StopIteration value', e.value)
