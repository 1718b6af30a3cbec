exprs = ['(lambda s: (s.add(3), sorted(s))[1])({1})', '(lambda s: (s.discard(9), sorted(s))[1])({1})', '(lambda s: (s.update([4, 5]), sorted(s))[1])({1})', '(lambda s: (s.intersection_update({1, 2}), sorted(s))[1])({1, 3})', '(lambda s: (s.difference_update([1]), sorted(s))[1])({1, 2})', '(lambda s: (s.symmetric_difference_update({2, 3}), sorted(s))[1])({1, 2})', '(lambda s: (s.clear(), s)[1])({1})', '(lambda s: (s.pop(), s)[1])({1})', '{1, 2}.copy() == {1, 2}', 'sorted({3, 1}.union([2]))']
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
