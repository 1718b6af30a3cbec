srcs = ["f'{}'", "f'{ }'", "f'{x!}'", "f'{x!z}'", "f'{x:{y:{z}}}'", "f'}'", "f'{'", "f'{x=!r:>{10}}'", "f'{a b}'", "f'{lambda x: x}'"]
for s in srcs:
    try:
        compile(s, '<f>', 'eval')
        print(s, 'compiles')
    except SyntaxError as e:
        print(s, 'SyntaxError:', e.msg)
x = 5
for spec in ['d', 'x', '.2f', 'e', 's', 'c', ',', '_', '%', '>5', '=+7', 'q', '.1s']:
    try:
        print(spec, repr(format(x, spec)))
    except ValueError as e:
        print(spec, 'ValueError:', e)
for spec in ['d', '.2', 's', 'x', '%', ',.1f', 'n']:
    try:
        print(spec, repr(format(2.5, spec)))
    except ValueError as e:
        print(spec, 'ValueError:', e)
