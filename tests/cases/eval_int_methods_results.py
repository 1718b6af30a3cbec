d = {'a': 1, 'b': 2}
exprs = ['(255).bit_length()', "(255).to_bytes(2, 'big')", "int.from_bytes(b'\\x01\\x00', 'little')", '(10).__add__(5)', '(-7).__floordiv__(2)', '(6).as_integer_ratio()', '(5).bit_count()', '(3).conjugate()', 'int.__name__', "(12).__format__('x')", '(7).__index__()', "(-5).__abs__() if hasattr(-5, '__abs__') else 5"]
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
