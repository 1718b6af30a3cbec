# exception raised while handling another
try:
    {}['a']
except KeyError:
    print('handling KeyError')
    raise ValueError('during handling')
