exprs = ['2 ** 10', '2 ** -2', '(-2) ** 3', '(-2) ** -1', '2.0 ** 0.5', '4 ** 0.5', '0 ** 0', '0.0 ** 0', 'pow(3, 4, 5)', 'pow(-3, 3, 7)', 'pow(3, -1, 7)', '10 ** 20', '1 ** 10**10', '(-1) ** 10**10', '2 ** 3 ** 2', '(-8) ** 2']
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
