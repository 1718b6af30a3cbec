exprs = ['divmod(7, 3)', 'divmod(-7, 3)', 'divmod(7, -3)', 'divmod(-7, -3)', 'divmod(7.5, 2)', 'divmod(-7.5, 2)', 'divmod(10**20, 7)', 'divmod(-(10**20), 7)', 'divmod(0, 5)', 'divmod(5, 0.5)', 'divmod(True, 2)', 'divmod(1, -0.3)']
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
