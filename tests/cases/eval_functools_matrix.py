import itertools, operator, functools
from collections import Counter, deque, defaultdict, namedtuple
P = namedtuple('P', 'x y')
exprs = ['functools.reduce(operator.add, [1, 2, 3])', 'functools.reduce(lambda a, b: a * b, range(1, 6), 1)', 'functools.partial(pow, 2)(10)', "functools.partial(int, base=2)('101')", "functools.partial(max, key=len)('a', 'ccc', 'bb')", 'functools.cmp_to_key(lambda a, b: b - a)(1) < functools.cmp_to_key(lambda a, b: b - a)(2)', 'sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: a - b))', 'functools.reduce(operator.or_, [{1}, {2}])']
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:80])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
