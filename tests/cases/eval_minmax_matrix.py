d = {'a': 1, 'b': 2}
exprs = ['max([1, 5, 3])', "min('zab')", "max([], default='none')", 'max([1, 2], key=lambda x: -x)', "min([(1, 'b'), (1, 'a')])", "max('a', 'bb', key=len)", 'min(3, 1.5, 2)', 'max([True, 2, 1.5])', 'min([[3], [1, 2]])', 'max(range(10), key=lambda x: x % 4)', "min({'b': 1, 'a': 2})", "max({'b': 1, 'a': 2}, key={'b': 1, 'a': 2}.get)"]
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
