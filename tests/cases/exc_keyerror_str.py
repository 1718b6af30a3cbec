print(str(KeyError('x')), str(KeyError()), str(KeyError(1, 2)), str(KeyError('')))
try:
    {}[('a', 1)]
except KeyError as e:
    print(e, repr(e))
