def g():
    try:
        yield 1
        raise ValueError('inside')
    except ValueError as e:
        yield f'caught {e}'
    yield 'end'
print(list(g()))
def h():
    yield 1
    1 / 0
it = h()
print(next(it))
try:
    next(it)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    next(it)
except StopIteration:
    print('dead after exception')
def k():
    try:
        yield
    except Exception as e:
        print('k got', type(e).__name__)
        raise RuntimeError('converted') from e
it = k(); next(it)
try:
    it.throw(KeyError('x'))
except RuntimeError as e:
    print(e, repr(e.__cause__))
def finally_raises():
    try:
        yield 1
    finally:
        raise OSError('from finally')
it = finally_raises(); next(it)
try:
    it.close()
except OSError as e:
    print('close raised', e)
