cases = ['a, b = [1]', 'a, b = [1, 2, 3]', 'a, *b, c = [1]', 'a, b = 5', '(a, b), c = [1, 2], 3, 4', 'a, = []']
for src in cases:
    try:
        exec(src)
    except (ValueError, TypeError) as e:
        print(src, '->', type(e).__name__, e)
