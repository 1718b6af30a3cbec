def m(v):
    match v:
        case []: return 'empty'
        case [a, b, *mid, z]: return ('4+', a, b, mid, z)
        case [a, *rest]: return ('1+', a, rest)
        case (a, b): return 'unreachable'
for v in [[], [1], [1, 2, 3], (1, 2, 3, 4, 5), range(3)]: print(m(v))
match 'abc':
    case [a, b, c]: print('str matched?!')
    case _: print('str is not a sequence pattern subject')
