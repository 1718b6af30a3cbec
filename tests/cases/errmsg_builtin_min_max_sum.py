exprs = ['min()', 'max(1)', 'min([])', 'max([], key=len)', 'sum(1)', "sum(['a'])", 'sum([[1]])', "sum([1], 'a')", 'min(1, 2, key=None, bogus=1)', "max([1, 'a'])", 'min((), default=1, key=2)', 'sum()']
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:60])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
