exprs = ["chr('a')", 'chr(1.5)', 'chr(-5)', "ord('')", "ord('ab')", 'ord(1)', 'hex(1.5)', "oct('7')", 'bin(None)', 'bool(1, 2)', 'str(1, 2, 3, 4)', 'float(1, 2)']
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:60])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
