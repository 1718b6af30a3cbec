import itertools, operator, functools
from collections import Counter, deque, defaultdict, namedtuple
P = namedtuple('P', 'x y')
exprs = ["(lambda d: (d['x'].append(1), dict(d))[1])(defaultdict(list))", "(lambda d: (d['a'], dict(d))[1])(defaultdict(int))", "defaultdict(lambda: 'dflt')['k']", "defaultdict(int, {'a': 1})['a']", 'type(defaultdict(set)).__name__', 'defaultdict(list).default_factory is list', "'missing' in defaultdict(int)", 'repr(defaultdict(int))']
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:80])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
