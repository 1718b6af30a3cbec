d = {'a': 1, 'b': 2}
exprs = ['str(1.0)', 'str(1e16)', 'str(1e-5)', 'str(0.1)', "str([1.0, 'a'])", "str(('a',))", "str({'k': 'v'})", 'str(None)', 'str(True)', "str(b'x')", 'str(2**100)', 'str(-2**63)', 'str(1/3)', "str(float('inf'))", "str(float('-nan'))", 'str(3+0j)']
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
