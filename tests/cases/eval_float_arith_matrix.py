exprs = ['0.1 + 0.2', '1.5 * 4', '7.0 / 2', '7.5 // 2', '-7.5 // 2', '7.5 % 2', '-7.5 % 2', '2.0 ** 10', '2.0 ** -1', '(-2.0) ** 2', '1e308 + 1e308', '-1e308 * 10', '1e-308 / 1e10', '3.0 * 1.1', '1 / 3 * 3', '0.1 * 3']
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70], type(r).__name__)
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
