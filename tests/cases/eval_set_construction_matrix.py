exprs = ['set()', "set('hello') == set('helo')", 'sorted(set([3, 1, 3]))', 'sorted({x % 2 for x in range(5)})', "frozenset('ab') == {'a', 'b'}", 'len(set(range(100)))', "sorted(set('abc') - set('b'))", 'set() == frozenset()', 'sorted({1, 2} | {2, 3})', '{1, 2} & set()', 'sorted(set(map(abs, [-1, 1, 2])))', 'len({(1, 2), (1, 2), (2, 1)})']
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
