exprs = ['dict()', 'dict(a=1, b=2)', "dict([('a', 1), ('b', 2)])", "dict({'a': 1}, b=2)", "dict(zip('ab', range(2)))", "dict.fromkeys('ab')", '{i: i ** 2 for i in range(3)}', 'dict(((1, 2),))', "dict([['k', 'v']])", "{**dict(a=1), 'b': 2}", "dict(sorted({'b': 2, 'a': 1}.items()))", "dict(enumerate('xy'))"]
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
