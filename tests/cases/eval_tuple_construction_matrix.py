exprs = ['tuple()', "tuple('ab')", '(1,)', '1, 2', 'tuple([1, [2]])', 'tuple(range(3))', "tuple({'k': 1})", "tuple(x for x in 'hi')", "(1, 2) + tuple('a')", "tuple(map(len, ['a', 'bb']))", 'divmod(9, 4)', 'tuple(sorted((3, 1, 2)))']
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
