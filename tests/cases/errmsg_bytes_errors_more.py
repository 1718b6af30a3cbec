exprs = ["b'a' + 'b'", "b'a'.decode('nope')", "bytes('a')", 'bytes(-1)', "bytes([1, 'a'])", "b'a'[5]", "b'a'.join(['b'])", "b'a'.split('a')", "bytearray(b'a').append(300)", "bytearray(b'a').append('a')", "b'%d' % 'x'", "bytes.fromhex('zz')"]
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:60])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
