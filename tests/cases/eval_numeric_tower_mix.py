d = {'a': {'b': [1, 2, 3]}, 'list': [{'x': 1}, {'x': 2}], 't': ((1, 2),)}
exprs = ['1 + 2.0', '2 * 3j', '1.5 + 2j', 'True + 1.5', '10 / 4', '10 // 4.0', '10 % 3.5', '-2 ** 0.5', 'abs(-3 + 4j)', 'int(2.999)', 'float(2) / 3', '(1 + 2j) * (3 - 1j)', 'complex(1, 2) == 1 + 2j', '1j.real', '(5).real + (5).imag', 'round(2.5) + round(3.5)']
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
