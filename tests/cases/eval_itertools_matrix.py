import itertools, operator, functools
from collections import Counter, deque, defaultdict, namedtuple
P = namedtuple('P', 'x y')
exprs = ["list(itertools.chain([1], 'ab'))", "list(itertools.islice('abcdef', 1, 5, 2))", "list(itertools.repeat('x', 3))", 'list(itertools.accumulate([1, 2, 3], operator.mul))', "list(itertools.compress('abc', [1, 0, 1]))", "list(itertools.permutations('ab'))", "list(itertools.combinations_with_replacement('ab', 2))", 'list(itertools.starmap(pow, [(2, 3), (3, 2)]))', 'list(itertools.filterfalse(None, [0, 1, 2]))', "list(itertools.pairwise('abc'))", '[list(g) for k, g in itertools.groupby([1, 1, 2, 1])]', "list(itertools.zip_longest('ab', 'x', fillvalue='?'))"]
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:80])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
