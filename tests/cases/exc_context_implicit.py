try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('during')
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
