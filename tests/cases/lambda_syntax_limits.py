for src in ['lambda: (yield)', 'lambda x: x = 1', 'lambda: return 1', 'lambda *: 0', 'lambda x, x: 0']:
    try:
        compile(src, '<l>', 'eval'); print('ok', src)
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
