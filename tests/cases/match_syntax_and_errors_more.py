srcs = [
    'match x:\n    case a | b: pass\n',
    'match x:\n    case _: pass\n    case 1: pass\n',
    'match x:\n    case y: pass\n    case 1: pass\n',
    'match x:\n    case [a, a]: pass\n',
    'match x:\n    case {"k": a, "j": a}: pass\n',
    'match x:\n    case [*a, *b]: pass\n',
    'match x:\n    case {**rest, "k": 1}: pass\n',
    'match x:\n    case 1 + 2: pass\n',
    'match x:\n    case f(): pass\n',
    'match x:\n    case a.b(): pass\n',
    'match x:\n    case (1 | x): pass\n',
    'match x:\n    case C(a=1, b): pass\n',
    'match x:\n    case {1: _, 1: _}: pass\n',
    'match x:\n    case -x: pass\n',
    'match x:\n    case 1 as _: pass\n',
    'match x:\n    case [1, 2] as lst: pass\n',
    'match = 1\ncase = 2\nprint(match, case)\n',
    'match(1)\n',
]
for s in srcs:
    try:
        compile(s, '<m>', 'exec')
        print('ok', repr(s[:30]))
    except SyntaxError as e:
        print('SyntaxError', e.msg, e.lineno)
match = [1]
print(match[0])
def match(x): return x
print(match(2))
case = 'soft'
print(case)
