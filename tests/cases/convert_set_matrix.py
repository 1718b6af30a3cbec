for v in [0, -5, 3.7, -2.5, '42', ' 7 ', '3.5', 'abc', '', b'9', [1, 2], (3,), {'a': 1}, {4}, None, True, 1+2j, range(2), 'nan', '1e3', '0x1f', float('inf')]:
    try:
        r = set(v)
        print(repr(v), '->', repr(r))
    except Exception as e:
        print(repr(v), '->', type(e).__name__, e)
