exprs = ['[x for x in range(5) if x % 2]', '{x: x * x for x in range(3)}', '{x % 3 for x in range(10)}', "list(x for x in 'ab')", '[(x, y) for x in range(2) for y in range(2)]', '[[y for y in range(x)] for x in range(3)]', 'sum(x for x in range(4))', "[c.upper() for c in 'hi']", "{k: v for k, v in [('a', 1)]}", '[x for x in [] ]', '[i for i in range(3)][::-1]', 'max(x * -1 for x in range(3))']
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70], type(r).__name__)
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
