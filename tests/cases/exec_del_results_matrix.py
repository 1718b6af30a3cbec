srcs = ['a = [1, 2, 3]; del a[0]', 'a = [1, 2, 3]; del a[-1:]', "a = {'k': 1}; del a['k']", 'a = list(range(6)); del a[::2]', 'a = 1; del a; a = 2', 'a = [[1, 2]]; del a[0][1]', "a = {'x': [1]}; del a['x'][0]", "a = bytearray(b'abc'); del a[1]", 'a = [1]; del a[:]', 'a = list(range(5)); del a[1:4:2]']
for src in srcs:
    ns = {}
    try:
        exec(src, ns)
        print(repr(src), '->', {k: v for k, v in ns.items() if k not in ('__builtins__', 'i', 'c', 'x', 'y', '_')})
    except Exception as e:
        print(repr(src), '->', type(e).__name__, e)
