d = {'a': {'b': [1, 2, 3]}, 'list': [{'x': 1}, {'x': 2}], 't': ((1, 2),)}
exprs = ['list(x * 2 for x in range(3))', 'sum(x for x in range(5) if x % 2)', "next(x for x in 'abc' if x > 'a')", "next((x for x in []), 'none')", "tuple(c for c in 'hi')", 'sorted(x % 3 for x in range(6))', 'any(x > 3 for x in [1, 5])', 'all(x for x in [1, 0])', "max(len(w) for w in ['a', 'bbb'])", 'dict((i, i * i) for i in range(3))', 'set(x // 2 for x in range(5))', "''.join(str(i) for i in range(4))"]
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
