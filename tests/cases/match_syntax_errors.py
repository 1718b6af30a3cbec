for src in ['match x:\n case a: pass\n case b: pass', 'match x:\n case [a, a]: pass', 'match x:\n case a | b: pass', 'match x:\n case {**r, "k": 1}: pass', 'match x:\n case [*a, *b]: pass']:
    try:
        compile(src, '<m>', 'exec')
        print('compiled')
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
