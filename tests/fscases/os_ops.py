# os and os.path over files made by the program (relative paths)
import os
os.mkdir('d')
os.makedirs('d/e/f')
os.makedirs('d/e/f', exist_ok=True)
with open('d/one.txt', 'w') as f:
    f.write('1')
with open('d/e/two.txt', 'w') as f:
    f.write('22')
print(sorted(os.listdir('d')))
print(os.path.exists('d'), os.path.isdir('d'), os.path.isfile('d'), os.path.isfile('d/one.txt'), os.path.exists('nope'))
print(os.path.getsize('d/e/two.txt'), os.stat('d/one.txt').st_size)
for root, dirs, files in os.walk('d'):
    dirs.sort()
    print(root, sorted(dirs), sorted(files))
for root, dirs, files in os.walk('d', topdown=False):
    print(root, sorted(dirs), sorted(files))
os.rename('d/one.txt', 'd/uno.txt')
print(sorted(os.listdir('d')))
os.replace('d/uno.txt', 'd/e/two.txt')
print(open('d/e/two.txt').read(), sorted(os.listdir('d')))
os.remove('d/e/two.txt')
os.unlink
print(sorted(os.listdir('d/e')))
os.rmdir('d/e/f')
print(os.listdir('d/e'))
for fn, arg in [(os.remove, 'missing.txt'), (os.rmdir, 'missing'), (os.listdir, 'missing'), (os.stat, 'missing'),
                (os.mkdir, 'd'), (os.rmdir, 'd'), (os.remove, 'd'), (os.listdir, 'x/y'), (os.mkdir, 'x/y')]:
    try:
        fn(arg)
    except OSError as e:
        print(fn.__name__, type(e).__name__, e.errno, e.strerror, e.filename, e)
with open('file', 'w') as f:
    f.write('f')
for fn, arg in [(os.listdir, 'file'), (os.mkdir, 'file/sub'), (open, 'file/sub'), (os.rmdir, 'file')]:
    try:
        fn(arg)
    except OSError as e:
        print(getattr(fn, '__name__', fn), type(e).__name__, e)
try:
    open('d')
except IsADirectoryError as e:
    print(e)
try:
    open('missing_dir/x.txt', 'w')
except FileNotFoundError as e:
    print(e)
p = os.path
print(p.join('a', 'b', 'c.txt'), p.join('/a', '/b'), p.join('a/', 'b'), p.basename('x/y.tar.gz'), p.dirname('x/y/z'))
print(p.splitext('a/b.tar.gz'), p.splitext('.bashrc'), p.splitext('a.'), p.split('/a/b/'), p.split('a'))
print(p.normpath('a//b/./c/../d'), p.normpath('/../x'), p.normpath(''), p.normpath('../../a'))
print(p.relpath('/a/b/c', '/a/d'), p.relpath('a/b', 'a'), p.isabs('/x'), p.isabs('x'))
print(p.commonpath(['/a/b/c', '/a/b/d']), p.commonprefix(['abc', 'abd']))
print(os.sep, repr(os.linesep), os.curdir, os.pardir, os.name)
print(os.path.abspath('d') == os.path.join(os.getcwd(), 'd'))
os.makedirs('g/h')
try:
    os.makedirs('g/h')
except FileExistsError as e:
    print(e)
os.removedirs('g/h')
print(os.path.exists('g'))
with os.scandir('d') as it:
    print(sorted((e.name, e.is_dir(), e.is_file()) for e in it))
for a, b in [('missing', 'x'), ('d', 'file'), ('file', 'd')]:
    try:
        os.rename(a, b)
    except OSError as e:
        print(type(e).__name__, e, e.filename, e.filename2)
