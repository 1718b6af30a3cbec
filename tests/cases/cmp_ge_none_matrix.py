left = None
for right in [1, 2.5, True, 'a', [0], (1,), {'a': 1}, {1, 2}, frozenset({1}), None, 2j, b'b', bytearray(b'a'), range(2)]:
    try:
        print(repr(right), left >= right)
    except TypeError as e:
        print(repr(right), type(e).__name__, e)
