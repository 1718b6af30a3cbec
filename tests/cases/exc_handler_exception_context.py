try:
    try:
        raise ValueError('a')
    except ValueError:
        {}['missing']
except KeyError as e:
    print(repr(e), repr(e.__context__), type(e.__context__).__name__)
