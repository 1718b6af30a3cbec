exprs = ['1 < 2 < 3', '1 < 3 < 2', '3 > 2 > 1 > 0', '1 == 1 == 1.0', '1 < 2 == 2', '1 != 2 != 1', "'a' < 'b' <= 'b'", '[] == [] != [1]', '0 <= 0.0 < 1e-300', '1 < 2 > 0', 'None is None is not 1', '2 in [1, 2] in [[1, 2]]']
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
