exprs = ["int('ff', 16)", "int('777', 8)", "int('1010', 2)", "int('zz', 36)", "int('0x1F', 0)", "int('0o17', 0)", "int('0b11', 0)", "int(' -42 ')", "int('+7')", "int('1_000_000')", "format(255, 'x')", "format(255, 'o')", "format(255, 'b')", 'hex(2**40)', 'oct(-64)', 'bin(2**10)']
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
