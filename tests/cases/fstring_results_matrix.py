x = object()
a = [1, 2]
t = (1, 2)
s = 'str'
exprs = ["f'{1+1}'", 'f\'{"q"!r}\'', "f'{3.14159:.2f}'", "f'{42:>6}'", "f'{42:<6}|'", "f'{42:^6}|'", "f'{42:06}'", "f'{1234567:,}'", "f'{0.25:%}'", "f'{255:#x}'", "f'{255:b}'", "f'{-5:+}'", 'f\'{"abc":.2}\'', "f'{[1, 2]!s}'", "f'{None}'", "f'{True:d}'"]
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
