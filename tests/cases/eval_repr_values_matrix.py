d = {'a': 1, 'b': 2}
exprs = ['repr(1)', 'repr(-0.0)', 'repr(1e22)', 'repr(1.5e-7)', "repr('a\\'b')", 'repr(\'a"b\')', "repr('\\n')", "repr(b'\\x00')", "repr([1, 'a', None])", 'repr((1,))', 'repr(())', "repr({'a': (1, 2)})", 'repr({1, 2})', 'repr(set())', 'repr(frozenset({1}))', 'repr(range(0, 5, 2))', 'repr(slice(1, 2, None))', 'repr(1+2j)', 'repr(-1j)', 'repr(True)', 'repr(None)', 'repr(...)', 'repr([[], {}])', "repr(bytearray(b'a'))"]
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
