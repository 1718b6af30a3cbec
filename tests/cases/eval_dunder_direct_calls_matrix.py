exprs = ['(5).__add__(3)', '(5).__radd__(3)', '(5).__sub__(7)', '(5).__mul__(2)', '(7).__floordiv__(2)', '(7).__mod__(3)', '(2).__pow__(5)', '(5).__neg__()', '(-5).__pos__()', '(5).__invert__()', '(5).__bool__()', '(0).__bool__()', '(5).__eq__(5)', '(5).__lt__(6)', '(5).__hash__() == hash(5)', '(5).__repr__()']
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
