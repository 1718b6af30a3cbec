x = object()
a = [1, 2]
t = (1, 2)
s = 'str'
exprs = ['1 in [1, 2]', '3 not in (1, 2)', "'a' in 'cat'", "'ct' in 'cat'", "'' in ''", "1 in {1: 'x'}", "'x' in {1: 'x'}", '1.0 in {1}', 'True in [1]', 'None in [None]', '[1] in [[1]]', '(1, 2) in {(1, 2): 0}', '5 in range(0, 10, 5)', "b'a' in b'abc'", "0 in b'\\x00'", "'a' in ['abc']"]
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
