import operator
exprs = ['(lambda x: (x.__iadd__([3]), x)[1])([1, 2])', '(lambda: [i for i in range(3)] * 2)()', "(lambda s: s + 'x')('ab')", '(lambda t: t + (3,))((1, 2))', '(lambda n: n // 3 * 3)(10)', '(lambda f: f * 2.0)(1.25)']
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
