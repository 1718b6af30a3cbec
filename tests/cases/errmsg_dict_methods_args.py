exprs = ['{}.get()', '{}.pop()', "{}.pop('a')", '{}.popitem()', '{}.setdefault()', '{}.update([1])', '{}.update([(1, 2, 3)])', 'dict.fromkeys()', 'dict.fromkeys(1)', '{}[[]]', '{}.keys(1)', "dict(a=1)['b']", '{**{1: 2}, **5}', "dict([('a',)])", '{}.fromkeys([1], 2, 3)', '{1: 2}.items()[0]']
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:60])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
