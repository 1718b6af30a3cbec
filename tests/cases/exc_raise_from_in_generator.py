def g():
    try:
        yield 1
    except KeyError as e:
        raise ValueError('converted') from e
it = g()
next(it)
try:
    it.throw(KeyError('k'))
except ValueError as e:
    print(e, repr(e.__cause__))
