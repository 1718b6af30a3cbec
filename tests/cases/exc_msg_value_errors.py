for expr in ["int('x')", "float('y')", "[1].index(2)", "'abc'.index('z')", "list.remove([], 1)", "int('1', 99)",
             "chr(-1)", "chr(0x110000)", "range(1, 2, 0)", "'a'.center(-1, 'xy')", "divmod(1, 0)", "(1).to_bytes(-1, 'big')",
             "bytes([300])", "'x'.encode('nope')", "int('')", "complex('1+')", "float('1e')", "'{:d}'.format('a')"]:
    try:
        eval(expr)
    except (ValueError, TypeError, ZeroDivisionError, LookupError, OverflowError) as e:
        print(expr, '->', type(e).__name__, e)
