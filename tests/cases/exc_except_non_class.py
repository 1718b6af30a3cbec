try:
    try:
        raise ValueError
    except 'ValueError':
        pass
except TypeError as e:
    print(type(e).__name__, e)
