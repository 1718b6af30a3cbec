exprs = ["exec('match 1:\\n    case int(1, 2): pass')", "exec('class C: __match_args__ = 1\\nmatch C():\\n    case C(x): pass')", "exec('match 1:\\n    case len(): pass')", "exec('class C: __match_args__ = (1,)\\nmatch C():\\n    case C(x): pass')", "exec('match {1: 2}:\\n    case {1: x, **r}: print(x, r)')", "exec('match [1, 2]:\\n    case [1, *r]: print(r)')"]
for expr in exprs:
    try:
        r = eval(expr)
        print(expr[:50], '=', repr(r)[:70])
    except BaseException as e:
        print(expr[:50], '->', type(e).__name__, e)
