try:
    try:
        raise ValueError('orig')
    except ValueError as e:
        e.args = ('changed',)
        raise
except ValueError as e:
    print(e, e.args)
