import struct
cases = [
    lambda: struct.pack('h', 70000), lambda: struct.pack('B', 256), lambda: struct.pack('b', 200), lambda: struct.pack('<H', 65536),
    lambda: struct.pack('I', -1), lambda: struct.pack('<I', -1), lambda: struct.pack('<I', 2**32), lambda: struct.pack('<i', 2**31),
    lambda: struct.pack('<l', 2**31), lambda: struct.pack('<L', 2**32), lambda: struct.pack('<i', 2**100),
    lambda: struct.pack('<q', 2**63), lambda: struct.pack('<Q', -1), lambda: struct.pack('@l', 2**63), lambda: struct.pack('@I', 2**32),
    lambda: struct.pack('i', 'x'), lambda: struct.pack('i', 1.5), lambda: struct.pack('ii', 1), lambda: struct.pack('i', 1, 2),
    lambda: struct.pack('x', 1), lambda: struct.unpack('i', b'abc'), lambda: struct.unpack('<i', b'abcde'),
    lambda: struct.pack('z', 1), lambda: struct.pack('<n', 1), lambda: struct.calcsize('3'),
    lambda: struct.pack('c', b'ab'), lambda: struct.pack('c', 'a'), lambda: struct.pack('s', 'x'), lambda: struct.pack('p', 1),
    lambda: struct.pack('f', 'x'), lambda: struct.pack('<f', 1e300), lambda: struct.pack('<e', 1e6), lambda: struct.pack('<e', 65520.0),
    lambda: list(struct.iter_unpack('i', b'abcde')), lambda: struct.Struct(5), lambda: struct.unpack('<i', 'abcd'),
    lambda: struct.pack_into('i', bytearray(2), 0, 1), lambda: struct.pack_into('i', bytearray(8), 6, 1),
    lambda: struct.pack_into('i', bytearray(8), -20, 1), lambda: struct.unpack_from('i', b'ab', 0),
    lambda: struct.unpack_from('i', b'abcdef', 4), lambda: struct.unpack_from('i', b'abcdef', -10),
]
for i, c in enumerate(cases):
    try:
        print(i, c())
    except struct.error as e:
        print(i, "struct.error:", e)
    except Exception as e:
        print(i, type(e).__name__ + ":", e)
print(issubclass(struct.error, Exception), struct.error.__module__)
