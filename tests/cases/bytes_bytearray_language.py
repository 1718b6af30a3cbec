b = b'hello'
print(b[0], b[-1], b[1:3], b[::-1], list(b[:2]), len(b), b'l' in b, 108 in b, b + b'!', b * 2)
print(b.upper(), b.split(b'l'), b.replace(b'l', b'L'), b.find(b'o'), b.decode(), b.hex(), bytes.fromhex('6869'))
ba = bytearray(b'abc')
ba[0] = 65; ba.append(100); ba.extend(b'ef'); ba[1:3] = b'XY'
print(ba, bytes(ba), len(ba), ba.pop(), ba)
try:
    ba[0] = 256
except ValueError as e:
    print('ValueError', e)
try:
    b[0] = 1
except TypeError as e:
    print('TypeError', e)
try:
    b'a' + 'b'
except TypeError as e:
    print('TypeError', e)
print(bytes(3), bytes([1, 2]), bytes('é', 'utf-8'), bytearray(2), bytes(range(3)), b'\x00\xff')
try:
    bytes([256])
except ValueError as e:
    print('ValueError', e)
try:
    bytes('x')
except TypeError as e:
    print('TypeError', e)
print(b'abc' == bytearray(b'abc'), b'a' < b'b', hash(b'x') == hash(b'x'), repr(b"'"), repr(b'"\''), b'\t\n'.__repr__())
print(b'%d-%s' % (1, b'x'), b'a,b'.split(b','), b' x '.strip(), b'abc'.startswith(b'ab'), b''.join([b'a', b'b']))
print(int.from_bytes(b'\x00\x10', 'big'), (4096).to_bytes(2, 'big'), list(b'AZ'), bytes(b'ab')[0:1])
for x in b'ab':
    print(x, type(x).__name__)
print('é'.encode('latin-1'), 'abc'.encode('ascii'), b'\xc3\xa9'.decode('utf-8'))
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e)
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
print(b'\xff'.decode('utf-8', 'replace'), b'\xff'.decode('utf-8', 'ignore'), 'é'.encode('ascii', 'replace'), 'é'.encode('ascii', 'xmlcharrefreplace'))
