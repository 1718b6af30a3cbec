d = {'a': 1, 'b': 2}
exprs = ['issubclass(bool, int)', 'issubclass(int, bool)', 'issubclass(int, object)', 'issubclass(type, object)', 'issubclass(object, type)', 'issubclass(list, (str, list))', 'issubclass(KeyError, LookupError)', 'issubclass(dict, dict)', 'issubclass(float, int)', 'issubclass(bytearray, bytes)', 'issubclass(frozenset, set)', 'issubclass(int, int | str)']
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
