import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
class Const:
    LIMIT = 10
def f(x):
    match x:
        case Color.RED: return 'red'
        case Color.GREEN | Color.RED: return 'green'
        case Const.LIMIT: return 'limit'
        case 1 | 2 | 3: return 'small'
        case -1: return 'minus one'
        case 1.5: return 'one and a half'
        case 2j: return 'imag'
        case -1 + 2j: return 'complex literal'
        case 'a' 'b': return 'concatenated ab'
        case b'x': return 'bytes x'
        case None: return 'None'
        case True: return 'True'
        case False: return 'False'
        case _: return 'other'
for x in [Color.RED, Color.GREEN, 10, 10.0, 1, True, 2, 3.0, -1, 1.5, 2j, complex(-1, 2), 'ab', b'x', None, False, 0, 'x']:
    print(repr(x), '->', f(x))
match 0.0:
    case 0: print('0.0 matches literal 0 (==)')
match 1:
    case True: print('1 matches True?')
    case _: print('True is compared by identity: no')
match 'text':
    case str() as s if len(s) > 2: print('as binding', s)
match 5:
    case (1 | 5) as n: print('or-pattern bound', n)
match [1, 2]:
    case [x, y] | [x, y, _]: print('alternatives bind same names', x, y)
x = 'outer'
match 42:
    case x: pass
print('capture rebinds', x)
match 3:
    case _ if False: print('no')
    case n if n > 2: print('guard sees capture', n)
