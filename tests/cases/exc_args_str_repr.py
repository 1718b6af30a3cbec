for e in [Exception(), Exception('one'), Exception('a', 2), ValueError(None), KeyError('k'), KeyError('a', 'b'), OSError(2, 'No such file')]:
    print(repr(e), '|', str(e), '|', e.args)
