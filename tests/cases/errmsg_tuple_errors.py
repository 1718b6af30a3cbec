exprs = ['(1,)[1]', "(1,)['a']", '(1, 2).index(3)', '(1,).count()', 'tuple(1)', '(1,) + [2]', "(1,) * 'a'", '(1,) < [1]', 'hash(([],))', '(1, 2)[::0]', '().__getitem__(0)', '(1,).append(2)']
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:60])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
