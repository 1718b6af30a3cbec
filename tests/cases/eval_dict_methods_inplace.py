exprs = ["(lambda d: (d.update(b=2), d)[1])({'a': 1})", "(lambda d: (d.setdefault('c', []).append(1), d)[1])({})", "(lambda d: (d.pop('a'), d)[1])({'a': 1, 'b': 2})", "(lambda d: (d.popitem(), d)[1])({'a': 1, 'b': 2})", "(lambda d: (d.clear(), d)[1])({'a': 1})", "(lambda d: (d.__setitem__('z', 0), list(d))[1])({'b': 1, 'a': 2})", "(lambda d: (d.__delitem__('b'), d)[1])({'b': 1, 'a': 2})", "dict(sorted({'b': 1, 'a': 2}.items()))", "{'a': 1}.copy() is not None"]
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
