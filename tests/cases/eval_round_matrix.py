exprs = ['round(0.5)', 'round(1.5)', 'round(2.5)', 'round(-0.5)', 'round(2.675, 2)', 'round(1234.5678, -2)', 'round(5, -1)', 'round(15, -1)', 'round(1.23456, 3)', 'round(-1.5)', 'round(1e20)', 'round(0.1 + 0.2, 10)', 'round(7)', 'round(7.0)', 'round(3.14159, 0)', 'round(-0.0)']
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
