exprs = ['(lambda: 1)()', '(lambda x: x * 2)(4)', '(lambda x, y=2: x + y)(1)', '(lambda *a: a)(1, 2)', '(lambda **k: k)(a=1)', '(lambda x: lambda y: x + y)(1)(2)', 'list(map(lambda x: -x, [1, 2]))', 'sorted([3, 1], key=lambda x: -x)', '(lambda: None)() is None', '(lambda x: x)((1, 2))', '(lambda a, /, b: a - b)(5, b=2)', '(lambda *, k: k)(k=9)']
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70], type(r).__name__)
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
