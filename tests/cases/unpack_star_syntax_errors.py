for src in ['*a = [1]', 'a, *b, *c = [1, 2]', '*a, = [1]', 'print(*)', '[*a] = [1, 2]']:
    try:
        exec(src, {})
        print('ran', src)
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
