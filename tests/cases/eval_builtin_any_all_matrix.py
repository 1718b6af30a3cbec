exprs = ['any([])', 'all([])', "any([0, 0.0, ''])", "all([1, 'a', [0]])", 'any(x > 2 for x in range(5))', 'all(x < 5 for x in range(5))', "any('')", "all('abc')", 'any([None, False, []])', "all([True, 1, 'x'])", "any({0: 'a'})", 'all({1, 2})']
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
