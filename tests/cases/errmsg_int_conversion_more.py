exprs = ["int('3.0')", "int('1e3')", "int('')", "int(' ')", "int('0x10')", "int('10', 1)", "int('10', 37)", 'int([1])', 'int(None)', "int('١٢x')", "int(float('inf'))", "int('9' * 5000)"]
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:60])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
