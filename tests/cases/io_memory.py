# io.StringIO / io.BytesIO
import io
s = io.StringIO('a\nb\nc')
print(s.readline(), s.read(), repr(s.read()), s.tell(), s.seek(0), s.readlines())
s = io.StringIO()
print(s.write('hello'), s.write(' world\n'), s.getvalue(), s.tell())
s.seek(0)
s.write('J')
print(s.getvalue(), [l for l in io.StringIO('x\ny\n')], s.truncate(3), s.getvalue())
with io.StringIO('ctx') as f:
    print(f.read(), f.closed)
print(f.closed)
try:
    f.read()
except ValueError as e:
    print(e)
try:
    io.StringIO().write(b'x')
except TypeError as e:
    print(e)
b = io.BytesIO(b'abc\ndef')
print(b.read(2), b.readline(), b.read(), b.tell(), b.seek(1), b.read(1), b.getvalue())
b = io.BytesIO()
b.write(b'12345')
b.seek(2)
b.write(b'xy')
print(b.getvalue(), b.seek(0, 2), b.write(b'!'), b.getvalue(), b.truncate(2), b.getvalue())
print(io.SEEK_END, issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
print(print('to', 'buf', file=io.StringIO()) is None)
