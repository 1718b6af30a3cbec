d = {'a': 1, 'b': 2}
exprs = ["d.get('a')", "d.get('z', 0)", 'sorted(d.keys())', 'sorted(d.values())', 'sorted(d.items())', 'd.copy() == d', "dict.fromkeys('ab', 0)", "{**d, 'c': 3}", 'len(d)', 'list(reversed(d))', "d | {'a': 9}", '{k: v * 2 for k, v in d.items()}']
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
