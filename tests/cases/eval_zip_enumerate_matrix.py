d = {'a': 1, 'b': 2}
exprs = ["list(zip('ab', [1, 2, 3]))", 'list(zip())', 'list(zip([1]))', "dict(zip('ab', 'xy'))", "list(enumerate('ab'))", "list(enumerate('ab', 5))", "list(zip(*[(1, 'a'), (2, 'b')]))", 'list(map(sum, zip([1, 2], [10, 20])))', '[i * v for i, v in enumerate([5, 6])]', 'list(zip(range(3), range(3, 0, -1)))', "list(enumerate(zip('ab', 'cd')))", "list(zip('abc', range(2), [None] * 5))"]
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
