exprs = ["{'a': 1} == {'a': 1}", "{'a': 1} | {'b': 2}", "{'a': 1, 'b': 2}['b']", "list({'a': 1}.items())", "'a' in {'a': 1}", "1 in {'a': 1}", 'len({1: 2, 3: 4})', 'dict(a=1)', "{**{'a': 1}, 'b': 2}", "{1: 'a'}.get(2, 'd')", "sorted({'b': 1, 'a': 2})", "list({'x': 1}.values())"]
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70], type(r).__name__)
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
