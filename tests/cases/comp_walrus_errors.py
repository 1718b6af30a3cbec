for src in ['[i := 0 for i in range(3)]', '[x for x in (x := [1])]', 'class A: [(z := 1) for _ in range(1)]']:
    try:
        exec(src)
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
