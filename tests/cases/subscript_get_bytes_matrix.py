obj = b'xyz'
for k in [0, -1, 2, 3, -4, 1.5, 'k', None, True, (1, 2), slice(None, None, -1), slice(1, None, 2), slice(-100, 100), 2**70, -2**70]:
    try:
        print(repr(k), '->', repr(obj[k]))
    except Exception as e:
        print(repr(k), '->', type(e).__name__, e)
