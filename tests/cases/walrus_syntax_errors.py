for src in ['x := 1', '(a.b := 1)', '(a[0] := 1)', 'def f(x=(y:=1)): pass', '[i for i in range(3) if (j := i) for j in range(2)]']:
    try:
        compile(src, '<w>', 'exec')
        print('compiled', src)
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
