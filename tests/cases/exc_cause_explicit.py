try:
    try:
        {}['k']
    except KeyError as k:
        raise RuntimeError('wrapped') from k
except RuntimeError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        {}['k']
    except KeyError:
        raise RuntimeError('no ctx') from None
except RuntimeError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)
