import itertools, operator, functools
from collections import Counter, deque, defaultdict, namedtuple
P = namedtuple('P', 'x y')
exprs = ['P(1, 2)', 'P(1, 2).x', 'P(x=1, y=2)._asdict()', 'P._fields', 'P(1, 2)._replace(y=5)', 'P._make([3, 4])', 'P(1, 2) == (1, 2)', 'tuple(P(1, 2))', 'P(1, 2)[1]', 'isinstance(P(1, 2), tuple)', 'hash(P(1, 2)) == hash((1, 2))', 'P(1, 2) + (3,)']
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:80])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
