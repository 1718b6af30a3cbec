for expr in ['1 / 0', '1 // 0', '1 % 0', '1.0 / 0', '1.0 // 0.0', '1 % 0.0', 'divmod(1, 0)', 'divmod(1.0, 0.0)', '0 ** -1', '0.0 ** -2',
             'pow(0, -1)', '(1+1j) / 0', '10**30 // 0', '10**30 % 0', 'pow(2, -1, 1)' ]:
    try:
        print(expr, '=', eval(expr))
    except (ZeroDivisionError, ValueError) as e:
        print(expr, '->', type(e).__name__, e)
