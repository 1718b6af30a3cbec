for src in ['a, b += 1', '[a] += 1', 'f() += 1', '(x) += 1', 'x.y += 1']:
    try:
        compile(src, '<a>', 'exec'); print('ok', src)
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
