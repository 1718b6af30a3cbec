exprs = ["b'ab' + b'cd'", "b'ab' * 2", "b'abc'[1]", "b'abc'[1:]", "b'a' in b'abc'", "97 in b'abc'", "b'abc'.upper()", "b'a b'.split()", 'bytes([65, 66])', "bytearray(b'x') + b'y'", "b'abc' == bytearray(b'abc')", "b'\\x00\\xff'.hex()"]
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70], type(r).__name__)
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
