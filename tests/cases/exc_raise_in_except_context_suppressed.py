try:
    try:
        raise KeyError('k')
    except KeyError as e:
        raise ValueError('v') from e
except ValueError as e:
    print(e.__suppress_context__, e.__context__ is e.__cause__)
