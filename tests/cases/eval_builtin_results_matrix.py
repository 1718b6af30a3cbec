exprs = ['abs(-5)', 'abs(-2.5)', 'round(2.567, 1)', 'round(-2.5)', 'divmod(-7, 2)', 'pow(2, 8)', 'pow(2, 8, 10)', 'max(1, 5, 3)', "min('b', 'a')", 'sum(range(10))', "len('héllo')", "sorted('cba')", 'chr(9731)', "ord('☃')", 'hex(-255)', 'bin(10)']
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70], type(r).__name__)
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
