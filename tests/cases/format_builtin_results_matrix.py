x = object()
a = [1, 2]
t = (1, 2)
s = 'str'
exprs = ["format(3.14159, '.3f')", "format(42, 'x')", "format(42, '08b')", "format('s', '^5')", "format(1e6, ',.0f')", "format(0.5, '.0%')", "format(-1, '+d')", "format(12, 'c')", "format(1234.5, 'e')", "format(1234.5, 'g')", "format(True, '')", "format(None, '')", "format([1], '')", "format(3+4j, '')", "format(255, '#o')", "format(1/3, '.10')"]
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
