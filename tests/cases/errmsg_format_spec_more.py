exprs = ["format(1, 'q')", "format(1.5, 'd')", "format('s', 'd')", "format('s', ',')", "format(1, '.2d')", "format([], 'x')", "format(1, '=^')", "format(1, '++')", "format(1.5, ',d')", "format(1, 'z')", "format(True, 's')", "format(None, '>5')"]
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:60])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
