# gzip: compress (mtime 0 and given), decompress (multi-member, padding, errors), GzipFile over
# BytesIO for writing (filename in the header) and reading (lines, iteration, read sizes,
# seek/tell, mtime), gzip.open over file objects in binary and text modes
import gzip, io, zlib

for data in [b'', b'hello', b'hello world ' * 50, bytes(range(256))]:
    for level in (1, 6, 9):
        c0 = gzip.compress(data, level, mtime=0)
        c1 = gzip.compress(data, compresslevel=level, mtime=1700000000)
        print(len(data), level, c0[:12].hex(), len(c0), c1[:12].hex(), len(c1), gzip.decompress(c0) == data == gzip.decompress(c1))
two = gzip.compress(b'first ', mtime=0) + gzip.compress(b'second', mtime=3) + b'\0\0\0'
print(gzip.decompress(two))
for bad in [b'notgzip', gzip.compress(b'abc', mtime=0)[:-3], b'', b'\x1f\x8b\x07' + b'\0' * 20,
            gzip.compress(b'abc', mtime=0)[:-8] + b'\0\0\0\0\3\0\0\0', gzip.compress(b'abc', mtime=0)[:-4] + b'\4\0\0\0']:
    try:
        print(gzip.decompress(bad))
    except (gzip.BadGzipFile, EOFError, zlib.error) as e:
        print(type(e).__name__, e)

buf = io.BytesIO()
with gzip.GzipFile(filename='data.txt.gz', mode='wb', fileobj=buf, mtime=0) as f:
    print(f.write(b'line one\n'), f.write(bytearray(b'line two\nline three')), f.tell(), f.writable(), f.readable())
raw = buf.getvalue()
print(raw[:24], len(raw))
g = gzip.GzipFile(fileobj=io.BytesIO(raw))
print(g.mode, g.mtime, g.readline(), g.read(4), g.tell(), list(g), g.read(), g.seek(0), g.read(8))
g.close()
print(g.closed)
try:
    g.read()
except ValueError as e:
    print('ValueError', e)
w = gzip.GzipFile(fileobj=io.BytesIO(), mode='wb')
try:
    w.read()
except OSError as e:
    print('OSError', e)
w.close()

store = io.BytesIO()
with gzip.open(store, 'wb') as f:
    f.write(b'binary payload\n' * 3)
with gzip.open(io.BytesIO(store.getvalue()), 'rb') as f:
    print(f.read())
text = io.BytesIO()
with gzip.open(text, 'wt', encoding='utf-8') as f:
    f.write('héllo\nwörld\n')
with gzip.open(io.BytesIO(text.getvalue()), 'rt', encoding='utf-8') as f:
    print(f.readlines())
head = text.getvalue()[:10]
print(head[:4], head[9])
for args in [('x', 'rtb'), ('x', 'rb', 9, 'utf-8')]:
    try:
        gzip.open(*args)
    except ValueError as e:
        print('ValueError', e)
print(gzip.READ, gzip.WRITE, gzip.FNAME, issubclass(gzip.BadGzipFile, OSError))
