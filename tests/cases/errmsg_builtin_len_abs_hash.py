exprs = ['len(1)', 'len(None)', 'len(iter([]))', 'abs(None)', 'abs([])', 'hash({})', 'hash(set())', 'len()', 'len(1, 2)', 'abs()', 'hash()', 'len(len)']
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:60])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
