for k, v in [(0, 65), (-1, 66), (5, 1), (1.5, 2), ('k', 3), (slice(0, 1), [7, 8]), (slice(0, 1), b'ab'), (slice(None, None, 2), [1, 2]), (True, 9), (2**70, 1)]:
    obj = {0: 'a'}
    try:
        obj[k] = v
        print(repr(k), repr(v), '->', obj)
    except Exception as e:
        print(repr(k), repr(v), '->', type(e).__name__, e)
    try:
        del obj[k]
        print('  del ->', obj)
    except Exception as e:
        print('  del ->', type(e).__name__, e)
