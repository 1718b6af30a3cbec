cont = [1, [2], (3,), None, 2.0]
for item in [1, 1.0, True, 2, 2.0, 'a', 'ell', 'k', (1, 2), [2], (2,), None, 3, 9, 0, b'he', 104, [1]]:
    try:
        print(repr(item), item in cont, item not in cont)
    except TypeError as e:
        print(repr(item), type(e).__name__, e)
