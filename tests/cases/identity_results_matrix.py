x = object()
a = [1, 2]
t = (1, 2)
s = 'str'
exprs = ['None is None', '[] is []', 'x is x', 'a is a[:]', 'a is list(a)', 't is tuple(t)', 's is s', 'type(1) is int', 'type(True) is bool', 'int is not float', 'x is not None', 'len is len']
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
