for right in [[3], (4,), {2, 3}, {'b': 2}, 'c', b'd', 2, 0, 1.5, None, range(2), frozenset({5})]:
    x = [1, 2]
    alias = x
    try:
        x /= right
        print(repr(right), '->', repr(x), x is alias)
    except Exception as e:
        print(repr(right), '->', type(e).__name__, e)
