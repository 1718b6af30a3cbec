x = object()
a = [1, 2]
t = (1, 2)
s = 'str'
exprs = ["'%d' % 42", "'%5.1f' % 3.14159", "'%-5s|' % 'ab'", "'%x' % 255", "'%o' % 8", "'%e' % 12345.6789", "'%r' % 'q'", "'%c' % 97", "'%%'  % ()", "'%s and %s' % ('a', 'b')", "'%(k)s' % {'k': 'v'}", "'%+d' % 5", "'%05.1f' % -2.5", "'%.3s' % 'abcdef'", "'%g' % 0.00001", "'%i' % 3.9"]
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
