# zlib: compress output (byte-identical to zlib 1.2.13 for these inputs), round trips through
# decompress/decompressobj in pieces, raw/gzip/auto framing, levels and strategies, and errors
import zlib

texts = [b'', b'a', b'abc', b'hello hello hello', b'abcabcabcabcabcabc' * 3,
         b'The quick brown fox jumps over the lazy dog. ' * 20,
         bytes(range(256)), bytes(range(256)) * 4, b'\x00' * 1000, b'ab' * 5000,
         ' '.join(str(i * i) for i in range(600)).encode(),
         bytes((i * 7919 + (i >> 3) * 31) % 251 for i in range(2000))]
for t in texts:
    c = zlib.compress(t)
    print(len(t), len(c), c[:40].hex(), c[-12:].hex(), zlib.decompress(c) == t)
for level in range(10):
    t = texts[5][:400] + texts[10][:1500]
    c = zlib.compress(t, level)
    print('level', level, len(c), c[:24].hex(), zlib.crc32(c), zlib.decompress(c) == t)
for wbits in [-15, -9, 9, 12, 31, 25]:
    c = zlib.compress(texts[5], 6, wbits)
    print('wbits', wbits, len(c), c[:16].hex(), zlib.crc32(c), zlib.decompress(c, wbits) == texts[5])
print(zlib.decompress(zlib.compress(b'auto', wbits=31), 47), zlib.decompress(zlib.compress(b'auto'), 47))
for strategy in [zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED]:
    co = zlib.compressobj(6, zlib.DEFLATED, 15, 8, strategy)
    c = co.compress(texts[5]) + co.compress(texts[8]) + co.flush()
    print('strategy', strategy, len(c), zlib.crc32(c), zlib.decompress(c) == texts[5] + texts[8])

# streaming compression with flushes
co = zlib.compressobj()
parts = [co.compress(b'first part, '), co.flush(zlib.Z_SYNC_FLUSH), co.compress(b'second part ' * 10),
         co.flush(zlib.Z_FULL_FLUSH), co.compress(b'third'), co.flush(zlib.Z_PARTIAL_FLUSH), co.compress(b'!'), co.flush()]
print([p.hex() for p in parts])
print(zlib.decompress(b''.join(parts)))
try:
    co.flush()
except zlib.error as e:
    print('error', e)
co = zlib.compressobj(9)
big = b''.join(co.compress(texts[10][i:i + 700]) for i in range(0, len(texts[10]), 700)) + co.flush()
print(len(big), big == zlib.compress(texts[10], 9))

# streaming decompression
data = zlib.compress(texts[10])
d = zlib.decompressobj()
out = b''.join(d.decompress(data[i:i + 37]) for i in range(0, len(data), 37))
print(out == texts[10], d.eof, d.unused_data, d.unconsumed_tail)
d = zlib.decompressobj()
print(d.decompress(zlib.compress(b'payload') + b'trailing garbage'), d.unused_data, d.eof)
print(d.decompress(b'more'), d.unused_data)
d = zlib.decompressobj(-15)
print(d.decompress(zlib.compress(b'raw data', wbits=-15)), d.eof, d.flush())
d = zlib.decompressobj()
head = d.decompress(zlib.compress(b'x' * 5000), 100)
print(len(head), len(d.flush()))
gz = zlib.compress(b'gzip me', wbits=31)
print(gz[:10].hex(), zlib.decompress(gz, 31), zlib.decompress(gz, 47))

for bad in [b'garbage', b'x\x9c', b'x\x9c\x07\x00', zlib.compress(b'hello')[:-1], zlib.compress(b'hello')[:-4] + b'0000',
            b'x\x9c\xff', b'\x78\x9d', b'\x79\x9c', b'x\x9c\x01\x05\x00\x00\x00', b'x\x9c\x05\xc0\x81\x08\x00',
            b'x\x9c\x03\x00\x00\x00\x00\x02', zlib.compress(b'abc', wbits=31)[:-2] + b'\x00\x01']:
    try:
        print(zlib.decompress(bad))
    except zlib.error as e:
        print('error', e)
try:
    zlib.decompress(gz[:5] + b'\x00' + gz[6:], 31)
except zlib.error as e:
    print('error', e)
for f in [lambda: zlib.compress(b'x', 10), lambda: zlib.compress('x'), lambda: zlib.decompress('x'),
          lambda: zlib.decompress(b'x', 99), lambda: zlib.compress(b'x', wbits=99), lambda: zlib.decompressobj().decompress(b'', -1)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(zlib.crc32(b'hello'), zlib.adler32(b'hello'), zlib.crc32(b'world', zlib.crc32(b'hello ')), zlib.adler32(b''))
print(zlib.ZLIB_VERSION, zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_BEST_COMPRESSION, zlib.Z_DEFAULT_COMPRESSION, zlib.DEF_BUF_SIZE)
print(type(zlib.compressobj()).__name__, type(zlib.decompressobj()).__name__, zlib.error.__module__, issubclass(zlib.error, Exception))
