d = {'a': 1, 'b': 2}
exprs = ['sorted([3, 1, 2])', "sorted('bca')", "sorted([(2, 'a'), (1, 'b'), (2, 0 if False else 'a0')])", 'sorted([3, 1, 2], reverse=True)', "sorted(['b', 'A', 'c'], key=str.lower)", 'sorted([-3, 2, -1], key=abs)', 'sorted([[2], [1, 5], [1]])', "sorted({'b': 1, 'a': 2}.items(), key=lambda kv: kv[1])", 'sorted([1.5, 1, True, 0])', 'sorted([], reverse=True)', 'sorted(range(5), key=lambda x: x % 2)', "sorted('hello', key='leh o'.find)"]
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
