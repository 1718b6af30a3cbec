exprs = ['int(str(123)) == 123', 'float(repr(0.1)) == 0.1', "eval(repr([1, 'a', None])) == [1, 'a', None]", "eval(repr({'a': (1, 2)}))", "bytes(list(b'abc'))", "str(b'abc', 'ascii')", "list(map(ord, 'AB'))", "''.join(map(chr, [72, 105]))", "int.from_bytes((1000).to_bytes(2, 'big'), 'big')", 'float.fromhex((2.5).hex())', 'tuple(list((1, 2)))', 'complex(str(1+2j))']
for expr in exprs:
    try:
        r = eval(expr)
        print(expr, '=', repr(r)[:70])
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
