exprs = ["exec('x = (1,); x[0] = 2')", 'exec(\'s = "ab"; s[0] = "c"\')', "exec('d = {}; d[[1]] = 2')", "exec('l = [1]; l[5] = 2')", 'exec(\'l = [1]; l["a"] = 2\')', "exec('r = range(3); r[0] = 1')", 'exec(\'b = b"a"; b[0] = 1\')', "exec('f = frozenset(); f[0] = 1')", "exec('n = 5; n[0] = 1')", "exec('l = [1, 2]; l[::2] = [1, 2]')", "exec('None[0] = 1')", "exec('l = [1]; del l[5]')"]
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:60])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
