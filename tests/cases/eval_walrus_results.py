d = {'a': {'b': [1, 2, 3]}, 'list': [{'x': 1}, {'x': 2}], 't': ((1, 2),)}
exprs = ['(y := 5) + y', '[(z := i) for i in range(3)][-1] + z', "(n := len('abc')) * 2", '[v for x in range(5) if (v := x * x) > 4]', '(a := 1, b := 2)', "{(k := 'key'): k}", '(lambda: (q := 7))()', 'sum(w := [1, 2, 3]) + len(w)']
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
