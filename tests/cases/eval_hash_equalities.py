d = {'a': 1, 'b': 2}
exprs = ['hash(1) == hash(1.0)', 'hash(0) == hash(-0.0)', 'hash(True) == hash(1)', "hash('a') == hash('a')", "hash((1, 'a')) == hash((1.0, 'a'))", 'hash(frozenset({1, 2})) == hash(frozenset({2, 1}))', 'hash(2**61 - 1)', 'hash(-1)', 'hash(0.5)', 'hash(1.5)', "hash(float('inf'))", 'hash(None) == hash(None)', 'hash(()) == hash(())', 'hash(1 + 0j) == hash(1)']
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
