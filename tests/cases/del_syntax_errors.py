for src in ['del f()', 'del 1', 'del (a, 1)', 'del a + b', 'del *a']:
    try:
        compile(src, '<d>', 'exec'); print('ok')
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
