exprs = ['5 & 3', '5 | 3', '5 ^ 3', '~5', '5 << 2', '5 >> 1', '-5 >> 1', '-5 & 0xff', '1 << 64', '(1 << 64) >> 63', '0b1010 ^ 0b0110', '~0', '-1 & -2', '123 & -123', '2**100 | 1', '(2**100 + 5) & 7']
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
