def m(v):
    match v:
        case [1 | 2 as x, (3 | 4) as y]: return ('pair', x, y)
        case {'k': [*_] as lst}: return ('list under k', lst)
        case (str() | bytes()) as s: return ('text', s)
        case _: return None
for v in [[1, 4], [2, 3], [3, 3], {'k': [1]}, {'k': 'no'}, b'x', 'y']: print(m(v))
