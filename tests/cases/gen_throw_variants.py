def g():
    while True:
        try:
            yield
        except Exception as e:
            print('caught', type(e).__name__, e)
it = g(); next(it)
it.throw(ValueError('a'))
it.throw(KeyError)
it.throw(TypeError, TypeError('c'))
