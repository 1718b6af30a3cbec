events = [
    {'type': 'click', 'pos': {'x': 1, 'y': 2}},
    {'type': 'key', 'key': 'a', 'mods': ['ctrl']},
    {'type': 'key', 'key': 'b', 'mods': []},
    {'type': 'scroll', 'delta': -3},
    {'type': 'resize', 'size': [800, 600]},
    {'type': 'resize', 'size': [800]},
    {'kind': 'weird'},
    ['not', 'a', 'dict'],
]
for ev in events:
    match ev:
        case {'type': 'click', 'pos': {'x': x, 'y': y}}:
            print('click', x, y)
        case {'type': 'key', 'key': k, 'mods': [first, *rest]}:
            print('key with mods', k, first, rest)
        case {'type': 'key', 'key': k}:
            print('plain key', k)
        case {'type': 'scroll', 'delta': int(d)} if d < 0:
            print('scroll up', -d)
        case {'type': 'resize', 'size': [w, h]}:
            print('resize', w, 'x', h)
        case {'type': t, **rest}:
            print('unhandled', t, rest)
        case _:
            print('garbage', ev)
