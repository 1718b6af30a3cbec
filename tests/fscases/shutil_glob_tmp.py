import os, shutil, glob, tempfile, fnmatch
os.makedirs('src/a/b')
for name in ['src/x.txt', 'src/a/y.txt', 'src/a/b/z.log', 'src/.hidden']:
    with open(name, 'w') as f:
        f.write(name)
shutil.copy('src/x.txt', 'copy.txt')
print(open('copy.txt').read())
shutil.copyfile('src/x.txt', 'copy2.txt')
os.mkdir('dest')
print(shutil.copy('src/x.txt', 'dest'))
shutil.copytree('src', 'tree')
print(sorted(os.path.relpath(os.path.join(r, f), 'tree') for r, d, fs in os.walk('tree') for f in fs))
shutil.copytree('src', 'tree2', ignore=shutil.ignore_patterns('*.log'))
print(sorted(os.path.relpath(os.path.join(r, f), 'tree2') for r, d, fs in os.walk('tree2') for f in fs))
try:
    shutil.copytree('src', 'tree')
except FileExistsError as e:
    print(e)
shutil.rmtree('tree')
print(os.path.exists('tree'))
try:
    shutil.rmtree('tree')
except FileNotFoundError as e:
    print(e)
shutil.rmtree('tree', ignore_errors=True)
print(shutil.move('copy.txt', 'moved.txt'), os.path.exists('copy.txt'))
print(shutil.move('moved.txt', 'dest'), sorted(os.listdir('dest')))
shutil.move('tree2', 'tree3')
print(sorted(os.listdir('tree3')))
try:
    shutil.copyfile('src/x.txt', 'src/x.txt')
except shutil.SameFileError as e:
    print('SameFileError', e)
print(sorted(glob.glob('src/*')))
print(sorted(glob.glob('src/*.txt')), sorted(glob.glob('src/a/*/*.log')))
print(sorted(glob.glob('src/**', recursive=True)))
print(sorted(glob.glob('src/**/*.txt', recursive=True)))
print(sorted(glob.glob('*.txt', root_dir='src')), glob.glob('nothing*'), glob.has_magic('a*'), glob.escape('a*[b]?'))
print(fnmatch.fnmatch('a.py', '*.py'), fnmatch.fnmatch('a.py', '[!a]*'), fnmatch.filter(['x1', 'y2', 'x3'], 'x?'),
      fnmatch.fnmatchcase('abc', 'a[b-c]c'), fnmatch.fnmatchcase('a*c', 'a[*]c'))
with tempfile.TemporaryDirectory(dir='.') as d:
    print(os.path.isdir(d))
    with open(os.path.join(d, 'f'), 'w') as f:
        f.write('x')
print(os.path.exists(d))
t = tempfile.NamedTemporaryFile('w+', dir='.', delete=True)
t.write('temp')
t.seek(0)
print(t.read())
name = t.name
t.close()
print(os.path.exists(name))
d2 = tempfile.mkdtemp(dir='.')
print(os.path.isdir(d2))
os.rmdir(d2)
