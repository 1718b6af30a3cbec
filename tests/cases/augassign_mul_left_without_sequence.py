for left in [2, 1.5, None, True, 1j]:
    for right in [[1], 'ab', (2,)]:
        x = left
        try:
            x *= right
            print(repr(left), repr(right), '->', repr(x))
        except TypeError as e:
            print(repr(left), repr(right), '->', e)
