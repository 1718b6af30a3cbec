import operator
exprs = ['operator.add(1, 2)', "operator.itemgetter(1)('abc')", "operator.attrgetter('real')(3)", "operator.methodcaller('upper')('ab')", 'operator.neg(5)', 'operator.not_(0)', 'operator.contains([1], 1)', "operator.getitem({'a': 1}, 'a')", "operator.mul('a', 3)", 'operator.truth([])', 'operator.index(7)', "sorted([(1, 'b'), (0, 'a')], key=operator.itemgetter(1))"]
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
