exprs = ['next(iter([1, 2]))', "next(iter(''), 'empty')", "next(iter({'k': 1}))", 'next(iter(range(5, 10)))', 'next(reversed([1, 2]))', "next(enumerate('ab'))", "next(zip('a', 'b'))", "next(map(str.upper, 'ab'))", 'next(filter(None, [0, 2]))', 'list(iter([1, 2, 3]))[1:]', 'next(iter((x for x in [9])))', 'next(iter({1}))']
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
