exprs = ["{'a': 1}.__getitem__('a')", "{'a': 1}.__contains__('a')", "{'a': 1}.__len__()", "{'a': 1}.__eq__({'a': 1})", "{'a': 1}.__or__({'b': 2})", "list({'a': 1}.__iter__())", "{'a': 1}.__repr__()", "{'a': 1}.get('a')", "{}.__getitem__('x') if False else 'skip'", "{'a': 1}.__ne__({'a': 2})"]
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
