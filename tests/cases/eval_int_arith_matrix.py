exprs = ['7 + 3', '7 - 10', '-7 * 3', '7 / 2', '-7 / 2', '7 // -2', '-7 % 3', '2 ** 62', '2 ** 63', '2 ** 64 - 1', '-2 ** 63', '(-2) ** 63', '10 ** 18 * 10', '(2**63 - 1) + 1', '-(2**63) - 1', '(2**62) * 4']
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70], type(r).__name__)
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
