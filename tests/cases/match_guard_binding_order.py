log = []
def g(tag, result=True):
    log.append(tag)
    return result
def classify(x):
    match x:
        case [a, b] if g(('guard1', a, b), a > b):
            return 'desc pair'
        case [a, b] if g(('guard2', a, b)):
            return 'other pair'
        case {'k': v} if g(('guard3', v), v):
            return 'truthy k'
        case _ if g('wild guard', False):
            return 'never'
        case _:
            return 'default'
for x in [[2, 1], [1, 2], {'k': 0}, {'k': 1}, 5]:
    log.clear()
    print(x, classify(x), log)
match [1, 2, 3]:
    case [x, *ys] if not ys:
        print('single')
    case [x, *ys]:
        print('bound after failed guard', x, ys)
match {'a': 1}:
    case {'a': 2 | 3 as v}:
        print('no')
    case {'a': (1 | 2) as v}:
        print('or inside as', v)
class C:
    __match_args__ = ('v',)
    def __init__(self, v): self.v = v
match C(C(3)):
    case C(C(n)) if n > 2:
        print('nested class guard', n)
match (1, 2):
    case [1, 2]:
        print('tuple matches list pattern')
match [1, 2]:
    case (1, 2):
        print('list matches tuple pattern')
match 'abc':
    case [*chars]:
        print('str is not a sequence for match', chars)
    case str():
        print('str matched by class pattern')
for value in (0, 0.0, False, None, '', [], {}):
    match value:
        case None: r = 'None'
        case False: r = 'False'
        case 0: r = 'zero'
        case '': r = 'empty str'
        case []: r = 'empty seq'
        case {}: r = 'mapping'
    print(repr(value), '->', r)
