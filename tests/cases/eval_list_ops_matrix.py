exprs = ['[1, 2] + [3]', '[0] * 3', '[1, 2] * 0', '[1, 2][::-1]', '[1, 2, 3][1:]', '2 in [1, 2]', '[1, 2] == [1, 2]', '[1, 2] < [1, 3]', '[1, [2]] == [1, [2]]', '[] < [0]', 'len([1, [2, 3]])', '[1, 2].index(2)', 'sorted([3, 1, 2])', 'list(reversed([1, 2]))', '[x * 2 for x in [1, 2]]', 'sum([1, 2, 3])']
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70], type(r).__name__)
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
