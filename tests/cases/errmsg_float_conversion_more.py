exprs = ["float('')", "float('abc')", "float('1.2.3')", "float('1e')", 'float([1])', 'float(None)', "float('0x1p3')", "float('inf inf')", 'float(10**400)', "float('--1')", "float(b'x')", "float('1_000_')"]
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:60])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
