exprs = ['sorted(1)', "sorted([1, 'a'])", 'sorted([1], key=5)', 'sorted()', 'zip(1)', 'list(map(len, [1]))', 'map()', 'map(len)', 'filter(1)', 'list(filter(1, [1]))', 'enumerate(1)', 'list(zip([1], 5))']
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:60])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
