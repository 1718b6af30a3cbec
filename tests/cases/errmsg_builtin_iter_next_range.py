exprs = ['next(1)', 'next([])', 'iter()', 'iter(1)', 'iter(1, 2)', 'next(iter([]))', 'range(1.0)', "range(1, 'a')", 'range(0, 10, 0)', 'reversed(1)', 'reversed({1})', 'list(reversed(iter([1])))']
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:60])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
