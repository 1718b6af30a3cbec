d = {'a': 1, 'b': 2}
exprs = ['callable(len)', 'callable(1)', 'callable(int)', 'callable(lambda: 0)', 'callable([].append)', 'callable(None)', "hasattr([], 'append')", "hasattr('', 'append')", "hasattr(1, 'real')", "hasattr(1.0, 'is_integer')", "hasattr({}, 'keys')", "hasattr(None, '__class__')", "hasattr(len, '__name__')", "hasattr(type, 'mro')", "hasattr(object(), '__dict__')", "getattr(1, 'nope', 'dflt')"]
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
