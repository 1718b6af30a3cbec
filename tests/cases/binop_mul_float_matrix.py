left = 2.5
for right in [3, 0, 2.0, 'c', [3], (2,), {'j': 2}, {2, 3}, None, False, b'z', -1, 1j]:
    try:
        r = left * right
        print(repr(right), '->', repr(r))
    except Exception as e:
        print(repr(right), '->', type(e).__name__, e)
