exprs = ['(lambda x: x)()', '(lambda: undefined_q)()', '[x for x in 5]', '{x: y for x, y in [1]}', '[1 / x for x in [1, 0]]', 'list(x for x in None)', '[y for x in [[1]] for y in x if y.nope]', "{k: v for k, v in {'a': 1}}"]
for expr in exprs:
    try:
        r = eval(expr)
        print(expr[:50], '=', repr(r)[:70])
    except BaseException as e:
        print(expr[:50], '->', type(e).__name__, e)
