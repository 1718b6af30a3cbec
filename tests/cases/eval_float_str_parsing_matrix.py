exprs = ["float('3.14')", "float('-0.5')", "float('1e-3')", "float('.5e2')", "float('inf')", "float('-Infinity')", "float('nan') != float('nan')", "float(' 2.5 ')", "float('1_0.5')", "float('0x10') if False else float('16')", "float('1E5')", "float('+.1')", "repr(float('1e16'))", "repr(float('123456789012345678'))", "float('0.1') + float('0.2')", "float('9' * 20)"]
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
