d = {'a': {'b': [1, 2, 3]}, 'list': [{'x': 1}, {'x': 2}], 't': ((1, 2),)}
exprs = ['(lambda: [f() for f in [lambda i=i: i for i in range(3)]])()', '(lambda: [f() for f in [lambda: i for i in range(3)]])()', '(lambda x: (lambda: x * 2))(4)()', '(lambda n: [(lambda k: k * n)(k) for k in range(3)])(10)', '(lambda: (lambda a=[]: (a.append(1), a)[1])())()', '(lambda: list(map(lambda f: f(2), [abs, lambda v: v ** 2])))()']
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
