exprs = ['getattr(1)', "getattr(1, 'x')", 'setattr(1)', "delattr(1, 'real')", 'isinstance(1)', 'isinstance(1, 1)', 'issubclass(1, int)', 'issubclass(int, 1)', 'hasattr(1)', 'callable()', 'vars(1)', 'dir(1, 2)']
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:60])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
