exprs = ['{1, 2} | {3}', '{1, 2} & {2, 3}', '{1, 2} - {2}', '{1, 2} ^ {2, 3}', '{1} < {1, 2}', '{1, 2} <= {1, 2}', '{1} == frozenset({1})', 'len({1, 1, 2})', '2 in {1, 2}', 'sorted({3, 1, 2})', "set('aab') == {'a', 'b'}", '{1, 2}.isdisjoint({3})']
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70], type(r).__name__)
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
