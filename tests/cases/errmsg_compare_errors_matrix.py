exprs = ["1 < 'a'", "'a' < 1", '[] < ()', '{} < {}', '{1} < [1]', 'None < None', '1 < None', '1j < 1j', "(1, 'a') < (1, 2)", "[1, 2] < [1, 'a']", 'object() < object()', 'len < len']
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:60])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
