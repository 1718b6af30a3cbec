# file objects: w+/a+ modes, tell/seek round trips, readline(size), reprs, encodings, print(file=)
from pathlib import Path
with open('t.txt', 'w+') as f:
    f.write('abc\ndef\nghi\n')
    f.seek(0)
    print(repr(f.readline()), f.tell(), repr(f.readline(2)), repr(f.read(1)), f.tell())
    pos = f.tell()
    f.readline()
    f.seek(pos)
    print(repr(f.readline()))
    print(repr(f), f.mode, f.encoding, f.readable(), f.writable(), f.seekable())
with open('t.txt', 'a+') as f:
    print(f.tell())
    f.write('jkl\n')
    f.seek(0)
    print(f.read().split())
with open('t.txt', 'rb') as f:
    print(repr(f), f.mode, f.read(4), f.readline(), f.readlines())
with open(Path('t.txt')) as f:
    print(f.name, type(f.name).__name__, next(f), f.readline())
with open('u.txt', 'w', encoding='utf-8') as f:
    print('é✓', 1, 2.5, sep=',', file=f)
    print('second', file=f, end='')
with open('u.txt', encoding='utf-8') as f:
    print(f.read(2), f.tell(), repr(f.read()))
print(Path('u.txt').read_bytes(), Path('u.txt').stat().st_size)
with open('crlf.txt', 'w', newline='') as f:
    f.write('a\r\nb\r\n')
with open('crlf.txt') as f:
    print(repr(f.read(2)), repr(f.readline()), repr(f.readline()), f.readline() == '')
with open('sig.txt', 'w', encoding='utf-8-sig') as f:
    f.write('bom')
print(open('sig.txt', 'rb').read(), open('sig.txt', encoding='utf-8-sig').read(), repr(open('sig.txt', encoding='utf-8').read()))
f = open('t.txt')
print(f.closed, f.read(3))
f.close()
f.close()
print(f.closed)
try:
    next(iter(f))
except ValueError as e:
    print(e)
with open('empty.txt', 'w'):
    pass
print(repr(open('empty.txt').read()), open('empty.txt').readlines(), list(open('empty.txt')))
try:
    open(42)
except OSError as e:
    print(type(e).__name__, e)
try:
    open('t.txt', encoding='nope')
except LookupError as e:
    print(e)
