exprs = ['set().add()', 'set().remove(1)', 'set().pop()', 'set([[]])', 'set().update(1)', '{1} | [1]', '{1} - 1', 'set(1)', 'frozenset().add', 'frozenset([1]).add(2)', 'set().discard()', '{1}.issubset(1)', '{[]}', 'set().union(1)', '{1} < [1]', 'set().difference_update(None)']
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:60])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
