import itertools, operator, functools
from collections import Counter, deque, defaultdict, namedtuple
P = namedtuple('P', 'x y')
exprs = ["Counter('abracadabra').most_common(2)", 'Counter([1, 1, 2])[1]', "Counter('ab')['z']", "Counter('aab') + Counter('b')", "Counter('aab') - Counter('a')", "sorted(Counter('hello').items())", 'Counter(a=2, b=1).total()', "list(Counter('aabc').elements())", "Counter('ab') == Counter('ba')", "dict(Counter('xx'))"]
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:80])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
