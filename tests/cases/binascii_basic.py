import binascii
print(binascii.hexlify(b'\x00\xffabc'), binascii.b2a_hex(b'xyz'), binascii.hexlify(bytearray(b'hi')))
print(binascii.hexlify(b'abc', '-'), binascii.hexlify(b'abcde', b':', 2), binascii.hexlify(b'abcde', ':', -2))
print(binascii.unhexlify(b'00ff6162'), binascii.unhexlify('DEADbeef'), binascii.a2b_hex(b''))
print(binascii.b2a_base64(b'abc'), binascii.b2a_base64(b'ab', newline=False), binascii.b2a_base64(b''))
print(binascii.a2b_base64(b'YWJj'), binascii.a2b_base64('YWJjZA=='), binascii.a2b_base64(b'YWJj\nZGVm'), binascii.a2b_base64(b'YQ==YQ=='))
print(binascii.a2b_base64(b'Y=Q=='), binascii.a2b_base64(b'YW=Jj'), binascii.a2b_base64(b'a!b=c=='), binascii.a2b_base64(b'YWJj='))
print(binascii.crc32(b'hello'), binascii.crc32(b'world', binascii.crc32(b'hello ')), binascii.crc32(b''), binascii.crc32(b'a' * 1000))
print(binascii.crc_hqx(b'hello', 0))
for f in [lambda: binascii.unhexlify(b'abc'), lambda: binascii.unhexlify(b'zz'), lambda: binascii.unhexlify('\xe90'),
          lambda: binascii.a2b_base64(b'abcde'), lambda: binascii.a2b_base64(b'ab'), lambda: binascii.hexlify('str'),
          lambda: binascii.a2b_base64(b'=YWJj', strict_mode=True), lambda: binascii.a2b_base64(b'YW=Jj', strict_mode=True),
          lambda: binascii.a2b_base64(b'YQ==YQ==', strict_mode=True), lambda: binascii.a2b_base64(b'YWJ\n', strict_mode=True),
          lambda: binascii.a2b_base64(b'YQ=', strict_mode=True), lambda: binascii.crc32('x')]:
    try:
        print(f())
    except binascii.Error as e:
        print("binascii.Error:", e)
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(issubclass(binascii.Error, ValueError))
import zlib
print(zlib.crc32(b'hello'), zlib.adler32(b'hello'), zlib.adler32(b'world', zlib.adler32(b'hello ')), zlib.adler32(b'x' * 10000))
