exprs = ['exec(\'x = 1; x += "a"\')', 'exec(\'x = "a"; x -= "a"\')', "exec('x = []; x += 1')", "exec('x = (); x += [1]')", "exec('x = {}; x |= 1')", "exec('x = {1}; x &= [1]')", "exec('x = None; x *= 2')", "exec('x = 1; x @= 1')", 'exec(\'x = "a"; x *= "b"\')', "exec('x = 1.5; x <<= 1')", 'exec(\'x = [1]; x[0] += "a"\')', 'exec(\'x = {"a": 1}; x["b"] += 1\')']
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:60])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
