import base64, binascii
data = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256))]
for d in data[:-1]:
    print(base64.b64encode(d), base64.b32encode(d), base64.b16encode(d), base64.b32hexencode(d))
    assert base64.b64decode(base64.b64encode(d)) == d
    assert base64.b32decode(base64.b32encode(d)) == d
    assert base64.b16decode(base64.b16encode(d)) == d
    assert base64.b32hexdecode(base64.b32hexencode(d)) == d
print(base64.b64encode(data[-1]))
print(base64.b64decode(base64.b64encode(data[-1])) == data[-1])
print(base64.urlsafe_b64encode(b'\xff\xfe\xfd'), base64.urlsafe_b64decode('__79'), base64.b64encode(b'\xff\xfe', altchars=b'-_'))
print(base64.standard_b64encode(b'hi'), base64.standard_b64decode(b'aGk='), base64.b64decode('aGk='), base64.b64decode(bytearray(b'aGk=')))
print(base64.b64decode('YWJj\n'), base64.b64decode(b'YW Jj'))
print(base64.b32decode('mzxw6===', casefold=True), base64.b32decode('MZXW6===', map01=None), base64.b16decode('4a', casefold=True))
print(base64.a85encode(b'hello world'), base64.a85decode(b'BOu!rD]j7BEbo7'), base64.a85encode(b'\0\0\0\0xyz'), base64.a85encode(b'hi', adobe=True))
print(base64.b85encode(b'hello world'), base64.b85decode(b'Xk~0{Zy<MXa%^M'), base64.b85encode(b'abc', pad=True))
print(base64.encodebytes(b'x' * 100))
print(base64.decodebytes(b'eHh4\n'))
for f in [lambda: base64.b64decode('abc'), lambda: base64.b64decode(b'ab!c', validate=True), lambda: base64.b64encode('x'),
          lambda: base64.b64decode(5), lambda: base64.b32decode('MZXW6'), lambda: base64.b32decode('mzxw6==='),
          lambda: base64.b16decode('4a'), lambda: base64.b16decode('4G'), lambda: base64.b64decode('\xe9\xe9'),
          lambda: base64.a85decode(b'ab~cd'), lambda: base64.b85decode(b'ab"c')]:
    try:
        print(f())
    except binascii.Error as e:
        print("binascii.Error:", e)
    except Exception as e:
        print(type(e).__name__ + ":", e)
