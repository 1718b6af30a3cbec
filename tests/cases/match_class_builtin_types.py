def m(v):
    match v:
        case bool(b): return f'bool {b}'
        case int(i): return f'int {i}'
        case float(f): return f'float {f}'
        case str() as s: return f'str {s!r}'
        case list([first, *_]): return f'list starting {first}'
        case dict(d): return f'dict {len(d)}'
        case _: return 'other'
for v in [True, 3, 2.5, 'hi', [9, 8], {'a': 1}, (1,)]: print(m(v))
