d = {'a': 1, 'b': 2}
exprs = ['(0.5).as_integer_ratio()', '(2.5).is_integer()', '(3.0).is_integer()', '(1.5).hex()', "float.fromhex('0x1.8p1')", '(3.7).__trunc__()', '(1e300).__mul__(1e10)', '(0.1).__repr__()', "float('1.5').real", '(2.0).imag']
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
