def seq(x):
    match x:
        case []: return 'empty'
        case [a]: return f'one {a}'
        case [a, b] if a == b: return f'pair of equal {a}'
        case [a, *_, z] if len(x) > 4: return f'long {a}..{z}'
        case (a, b, c): return f'triple {a},{b},{c}'
        case [first, *middle, last]: return f'first={first} middle={middle} last={last}'
        case _: return 'not a sequence'
for x in [[], [1], (2, 2), [1, 2], [1, 2, 3], (1, 2, 3, 4), list(range(6)), 'abc', b'ab', bytearray(b'a'),
          {1, 2}, {'a': 1}, range(3), iter([1]), 5, memoryview if False else None]:
    print(repr(x)[:20], '->', seq(x))
def mp(x):
    match x:
        case {}: pass
    match x:
        case {'a': 1, 'b': b}: return f'a1 b={b}'
        case {'a': a, **rest} if rest: return f'a={a} rest={rest}'
        case {'a': a}: return f'only a={a}'
        case {1: one, True: t}: return f'one={one} t={t}'
        case {}: return 'some mapping'
        case _: return 'not mapping'
for x in [{'a': 1, 'b': 2}, {'a': 2, 'c': 3}, {'a': 3}, {1: 'x'}, {}, [('a', 1)], 'a']:
    print(x, '->', mp(x))
from collections import OrderedDict, defaultdict
print(mp(OrderedDict(a=1, b=9)), mp(defaultdict(int, a=5)))
dd = defaultdict(list)
match dd:
    case {'missing': _}: print('matched')
    case _: print('no match; defaultdict not grown:', dict(dd))
try:
    match {'a': 1}:
        case {'a': 1, 'a': 2}: pass
except Exception as e:
    print(type(e).__name__, e)
match (1, (2, [3, 4]), {'k': (5,)}):
    case (1, (2, [3, x]), {'k': (y,)}):
        print('nested', x, y)
match [1, 2, 3]:
    case [1, *rest] if (total := sum(rest)) > 4:
        print('walrus in guard', total, rest)
