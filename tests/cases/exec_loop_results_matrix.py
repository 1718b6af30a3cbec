srcs = ['a = [i for i in range(3)]', 'a = 0\nfor i in range(5): a += i', 'a = []\nfor i in range(3):\n    if i == 1: continue\n    a.append(i)', 'a = 0\nwhile a < 10: a += 3', "a = []\nfor c in 'abc':\n    if c == 'b': break\n    a.append(c)\nelse:\n    a.append('else')", "a = []\nfor i, c in enumerate('ab'): a.append((i, c))", 'a = 0\nfor _ in []: a = 1\nelse: a = 2', 'a = []\nfor x in range(2):\n    for y in range(2): a.append(x * y)']
for src in srcs:
    ns = {}
    try:
        exec(src, ns)
        print(repr(src), '->', {k: v for k, v in ns.items() if k not in ('__builtins__', 'i', 'c', 'x', 'y', '_')})
    except Exception as e:
        print(repr(src), '->', type(e).__name__, e)
