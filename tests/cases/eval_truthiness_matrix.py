d = {'a': 1, 'b': 2}
exprs = ['bool(0)', 'bool(1)', 'bool(-1)', 'bool(0.0)', 'bool(-0.0)', "bool(float('nan'))", "bool('')", "bool(' ')", 'bool([])', 'bool([[]])', 'bool(())', 'bool(((),))', 'bool({})', 'bool({0: 0})', 'bool(set())', 'bool(frozenset([0]))', 'bool(None)', 'bool(range(0))', 'bool(range(1))', "bool(b'')", 'bool(0j)', 'bool(1j)']
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
