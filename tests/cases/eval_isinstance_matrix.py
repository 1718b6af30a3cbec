d = {'a': 1, 'b': 2}
exprs = ['isinstance(True, int)', 'isinstance(1, bool)', 'isinstance(1, float)', 'isinstance(1.0, (int, float))', 'isinstance([], list)', 'isinstance((), (list, tuple))', "isinstance('s', str)", "isinstance(b's', str)", 'isinstance(None, type(None))', 'isinstance(int, type)', 'isinstance(type, type)', 'isinstance(object, object)', 'isinstance(len, object)', 'isinstance({}.keys(), set)', 'isinstance(range(1), list)', 'isinstance(1, int | str)']
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
