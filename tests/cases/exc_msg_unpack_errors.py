for src in ['a, b = [1]', 'a, b = [1, 2, 3]', 'a, *b, c = []', 'a, b = None', 'a, b = 5', '(a,) = ()', 'a, b = {1: 2}', 'a, b = "xyz"',
            '[a, b] = iter([1])', 'a, b, c = range(2)']:
    try:
        exec(src, {})
        print(src, 'ok')
    except (ValueError, TypeError) as e:
        print(src, '->', type(e).__name__, e)
