def m(v):
    match v:
        case {'type': 'circle', 'r': r}: return f'circle {r}'
        case {'type': 'rect', **rest}: return f'rect {sorted(rest)}'
        case {}: return 'some mapping'
        case _: return 'not a mapping'
for v in [{'type': 'circle', 'r': 2, 'extra': 1}, {'type': 'rect', 'w': 1, 'h': 2}, {'a': 1}, {}, [1]]: print(m(v))
from collections import OrderedDict
print(m(OrderedDict(type='circle', r=9)))
