exprs = ['(1, 2) + (3,)', '(1,) * 3', '(1, 2)[::-1]', '(1, 2) < (1, 3)', '(1, 2) == (1, 2)', 'len((1, (2, 3)))', '(1, 2).count(1)', '(3, 1).index(1)', 'tuple([1, 2])', '(1, 2)[1:]', 'sorted((2, 1))', 'hash((1, 2)) == hash((1, 2))']
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70], type(r).__name__)
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
