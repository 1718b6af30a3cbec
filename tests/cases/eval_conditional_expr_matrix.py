exprs = ["'y' if 1 else 'n'", "'y' if 0 else 'n'", "'a' if [] else 'b' if {} else 'c'", '(1 if True else 2) + 10', '[x if x else -1 for x in [0, 1]]', "'even' if 4 % 2 == 0 else 'odd'", "None if None else 'fallback'", "len('ab') if 'ab' else 0", "(lambda v: 'pos' if v > 0 else 'neg')(-1)", '1 if 2 if 0 else 3 else 4']
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
