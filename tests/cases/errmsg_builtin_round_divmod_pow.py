exprs = ["round('1')", "round(1.5, 'a')", 'round(1, 2, 3)', "divmod('a', 'b')", 'divmod(1)', 'pow(1)', "pow('a', 2)", "pow(2, 'a')", 'pow(2, 2, 0)', 'pow(2.0, 2, 3)', 'pow(2, -1, 4)', "round(float('nan'))"]
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:60])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
