def m(v):
    match v:
        case [x]: return f'one {x}'
        case [x, _]: return f'two, first {x}'
        case [_, _, *rest]: return f'many, rest {rest}'
        case other: return f'other {other!r}'
for v in [[1], [1, 2], [1, 2, 3, 4], (5,), 'ab', 7]: print(m(v))
