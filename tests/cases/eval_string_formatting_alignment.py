d = {'a': {'b': [1, 2, 3]}, 'list': [{'x': 1}, {'x': 2}], 't': ((1, 2),)}
exprs = ["'%-6s|' % 'ab'", "'%6s|' % 'ab'", "'{:<6}|'.format('ab')", "'{:>6}|'.format('ab')", "'{:^7}|'.format('ab')", "'{:*>6}'.format('ab')", "'ab'.ljust(6, '.')", "'ab'.rjust(6, '.')", "'ab'.center(7, '-')", 'f\'{"ab":_^8}\'', "'{:08.3f}'.format(-3.14159)", "'{:+08d}'.format(42)"]
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
