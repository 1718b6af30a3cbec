import itertools, operator, functools
from collections import Counter, deque, defaultdict, namedtuple
P = namedtuple('P', 'x y')
exprs = ['deque([1, 2, 3])', '(lambda d: (d.appendleft(0), d)[1])(deque([1]))', '(lambda d: (d.rotate(1), d)[1])(deque([1, 2, 3]))', 'deque(range(5), maxlen=3)', '(lambda d: (d.extend([4, 5]), d)[1])(deque([1], maxlen=2))', "deque('ab').pop()", "deque('ab').popleft()", 'len(deque())', 'list(reversed(deque([1, 2])))', 'deque([1, 2]) == deque([1, 2])']
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:80])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
