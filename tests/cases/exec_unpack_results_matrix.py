srcs = ['a, b = 1, 2', "a, *b = 'xyz'", '*a, b = [1]', "(a, b), c = 'ab', 3", '[a] = {5}', "a, (b, *c) = 1, 'pqr'", 'a = b = 3', 'a, b = b, a = 1, 2', "a, b = {'k': 1, 'j': 2}", 'a, *_, b = range(10)', 'for a, b in [(1, 2)]: pass', 'a, = (x for x in [7])']
for src in srcs:
    ns = {}
    try:
        exec(src, ns)
        print(repr(src), '->', {k: v for k, v in ns.items() if k not in ('__builtins__', 'i', 'c', 'x', 'y', '_')})
    except Exception as e:
        print(repr(src), '->', type(e).__name__, e)
