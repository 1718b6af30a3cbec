exprs = ['bytes()', 'bytes(3)', 'bytes([65, 66, 67])', "bytes('abc', 'ascii')", "b'a' b'b'", 'bytes(range(3))', "bytearray(b'ab')", 'bytearray(2)', "bytes.fromhex('41 42')", "b'abc'.hex(':')", "bytes(bytearray(b'x'))", "'é'.encode()", "b'\\xc3\\xa9'.decode()", 'bytes([0]) * 3', "b'%s' % b'x'", "list(b'AB')"]
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
