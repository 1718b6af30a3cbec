# open(): modes, encodings, newlines, seek/tell, iteration, errors
with open('a.txt', 'w') as f:
    print(f.write('hello\nworld\n'), f.tell(), f.closed, f.mode, f.name)
print(f.closed)
with open('a.txt') as f:
    print(repr(f.read()))
with open('a.txt') as f:
    print([line for line in f])
with open('a.txt') as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open('a.txt') as f:
    print(f.readlines())
with open('a.txt', 'a') as f:
    f.write('more\n')
    f.writelines(['x\n', 'y\n'])
print(open('a.txt').read().splitlines())
with open('a.txt', 'r+') as f:
    print(repr(f.read(5)))
    f.seek(0)
    f.write('HELLO')
    f.seek(0)
    print(repr(f.readline()))
    print(f.tell())
with open('b.bin', 'wb') as f:
    f.write(b'\x00\x01\x02abc')
with open('b.bin', 'rb') as f:
    print(f.read(2), f.tell(), f.read(), f.seek(-3, 2), f.read())
with open('b.bin', 'r+b') as f:
    f.truncate(3)
print(open('b.bin', 'rb').read())
with open('u.txt', 'w', encoding='utf-8') as f:
    f.write('héllo ✓\n')
print(open('u.txt', 'rb').read())
print(open('u.txt', encoding='latin-1').read())
print(open('u.txt', encoding='ascii', errors='replace').read())
try:
    open('u.txt', encoding='ascii').read()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
with open('l.txt', 'w', encoding='latin-1') as f:
    f.write('café')
print(open('l.txt', 'rb').read())
with open('nl.txt', 'wb') as f:
    f.write(b'a\r\nb\rc\nd')
print(repr(open('nl.txt').read()))
print(repr(open('nl.txt', newline='').read()))
print(list(open('nl.txt', newline='')))
print(list(open('nl.txt')))
with open('w.txt', 'w', newline='\r\n') as f:
    f.write('1\n2\n')
print(open('w.txt', 'rb').read())
try:
    with open('x.txt', 'x') as f:
        f.write('new')
    open('x.txt', 'x')
except FileExistsError as e:
    print(e)
for bad in ['rw', 'rr', 'q', 'wb+t', '']:
    try:
        open('a.txt', bad)
    except ValueError as e:
        print(bad, e)
try:
    open('a.txt', 'rb', encoding='utf-8')
except ValueError as e:
    print(e)
f = open('a.txt')
f.close()
try:
    f.read()
except ValueError as e:
    print(e)
with open('a.txt', 'w') as f:
    try:
        f.read()
    except Exception as e:
        print(type(e).__name__, e)
with open('a.txt') as f:
    try:
        f.write('x')
    except Exception as e:
        print(type(e).__name__, e)
try:
    open('a.txt', 'wb').write('text')
except TypeError as e:
    print(e)
try:
    open('a.txt', 'w').write(b'bytes')
except TypeError as e:
    print(e)
