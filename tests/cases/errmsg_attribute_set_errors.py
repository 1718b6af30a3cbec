exprs = ["exec('(1).x = 2')", 'exec(\'"s".upper = 1\')', "exec('[].append = 1')", "exec('object().a = 1')", "exec('int.real = 1')", "exec('del [].append')", "exec('(1).real = 2')", "exec('import math; del math.nope')", "exec('None.x = 1')", "exec('len.x = 1')", "exec('type.x = 1')", "exec('(lambda: 0).__code__ = 1')"]
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:60])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
