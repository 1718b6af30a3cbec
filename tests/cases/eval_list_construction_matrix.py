exprs = ['list()', "list('abc')", 'list(range(3))', "list({'a': 1})", 'list((1, 2))', 'list({3, 1} if False else [1, 3])', '[0] * 3', '[[]] * 2', "[i for i in 'ab']", "list(map(int, '123'))", "list(filter(str.isdigit, 'a1b2'))", "list(zip('ab', 'cd'))", "list(enumerate('x'))", "list(reversed('ab'))", "sorted('ba')", "[*'ab', *range(2)]"]
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
