exprs = ["'a'.split('')", "'a'.join(1)", "'a'.join(['a', 1])", "'a'.replace(1, 'b')", "'a'.center()", "'a'.center(5, 'ab')", "'a'.zfill('2')", "'a'.strip(1)", "'a'.encode(1)", "'a'.startswith()", "'a'.find()", "'a'.index('b')", "'{}'.format()", "'{0}{1}'.format(1)", "'a'.count(1)", "'%d' % 'x'"]
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:60])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
