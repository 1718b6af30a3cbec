srcs = ['a = 5; a += 2', 'a = 5; a -= 7', 'a = 2; a **= 10', 'a = 7; a //= 2', 'a = -7; a %= 3', "a = 'ab'; a *= 2", 'a = [1]; a += (2,)', 'a = (1,); a += (2,)', 'a = {1}; a |= {2}', "a = {'k': 1}; a |= {'j': 2}", 'a = 6; a &= 3', 'a = 1.5; a /= 2']
for src in srcs:
    ns = {}
    try:
        exec(src, ns)
        print(repr(src), '->', {k: v for k, v in ns.items() if k not in ('__builtins__', 'i', 'c', 'x', 'y', '_')})
    except Exception as e:
        print(repr(src), '->', type(e).__name__, e)
