print(repr(b'a\'b"c\\\x00\x7f\x80\n\t\r'), repr(b"'"), repr(bytearray(b'xy')), repr(bytearray()))
print(bytes(3), bytes([65, 66]), bytes('hé', 'utf-8'), bytearray('x', 'ascii'), bytes(range(5)), bytes(b'ab'), bytes())
for f in [lambda: bytes('x'), lambda: bytes([256]), lambda: bytes(-1), lambda: bytes(1.5), lambda: b'a' + 'b', lambda: bytes.fromhex('zz'),
          lambda: hash(bytearray(b'x')), lambda: bytes(None), lambda: bytes(['a']), lambda: b'abc'[5], lambda: 'a' in b'abc']:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(bytes.fromhex('de ad BE EF'), b'\xde\xad'.hex(), b'\xde\xad'.hex(':'), b'abc'.hex('-', 2), bytearray.fromhex('41'))
print(b'abc'[1], b'abc'[-1], b'abcdef'[1:4], b'abc'[::-1], list(b'ab'), 97 in b'abc', b'bc' in b'abc', b'' in b'x')
print(hash(b'abc') == hash(b'abc'), b'a' < b'b', b'ab' == bytearray(b'ab'), b'x' * 3, 2 * b'y', b'x' + bytearray(b'y'), bytearray(b'x') + b'y')
print(str(b'x'), f'{b"y"}', b'%d-%s' % (5, b'q'), b'%5.1f|%x|%c' % (2.25, 255, 65))
print(sorted([b'b', b'a']), {b'k': 1}[b'k'], len(b'abc'), bool(b''), bool(bytearray(b'x')), b'x' in [b'x'], b'a' == 'a')
it = iter(b'hi'); print(next(it), next(it), type(it).__name__)
