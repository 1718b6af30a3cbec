def m(v):
    match v:
        case 0: return 'zero'
        case 1 | 2: return 'one or two'
        case 'x': return 'str x'
        case None: return 'none'
        case True: return 'true'
        case -3: return 'minus three'
        case 2.5: return 'float'
        case 1+2j: return 'complex'
        case _: return 'other'
for v in [0, 1, 2, 'x', None, True, -3, 2.5, 1+2j, 1.0, False, [], 'y']: print(repr(v), m(v))
