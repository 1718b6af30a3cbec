exprs = ['[3, 1, 2].sort()', '(lambda l: (l.sort(), l)[1])([3, 1, 2])', '(lambda l: (l.reverse(), l)[1])([1, 2, 3])', "(lambda l: (l.insert(1, 'x'), l)[1])([1, 2])", "(lambda l: (l.extend('ab'), l)[1])([0])", '(lambda l: (l.remove(2), l)[1])([1, 2, 2])', '(lambda l: (l.pop(), l)[1])([1, 2])', '(lambda l: (l.clear(), l)[1])([1])', '(lambda l: (l.append(l), len(l))[1])([])', '(lambda l: (l.__setitem__(0, 9), l)[1])([1])', '(lambda l: (l.__delitem__(slice(0, 1)), l)[1])([1, 2])', '(lambda l: (l.__iadd__([5]), l)[1])([4])']
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
