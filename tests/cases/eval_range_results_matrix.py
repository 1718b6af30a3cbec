d = {'a': 1, 'b': 2}
exprs = ['list(range(5))', 'list(range(2, 5))', 'list(range(0, 10, 3))', 'list(range(5, 0, -2))', 'list(range(0))', 'list(range(-3))', 'len(range(0, 100, 7))', 'range(10)[-1]', 'range(10)[2:5]', '5 in range(0, 10, 5)', 'range(3) == range(3)', 'list(range(10)[::3])']
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
