# tempfile over the sandbox's filesystem: names differ run to run in CPython, so print properties
import tempfile, os
with tempfile.TemporaryDirectory() as d:
    print(os.path.isdir(d))
    p = os.path.join(d, 'a.txt')
    with open(p, 'w') as f:
        f.write('hello\n')
    print(os.listdir(d), open(p).read().strip())
print(os.path.exists(d))
with tempfile.NamedTemporaryFile('w+', suffix='.csv', delete=True) as f:
    f.write('a,b\n1,2\n')
    f.seek(0)
    print(f.read().splitlines(), f.name.endswith('.csv'), os.path.exists(f.name))
    name = f.name
print(os.path.exists(name))
with tempfile.TemporaryFile() as f:
    f.write(b'xyz')
    f.seek(0)
    print(f.read())
fd, path = tempfile.mkstemp(prefix='pre_', suffix='.bin')
print(os.path.basename(path).startswith('pre_'), path.endswith('.bin'), isinstance(fd, int))
with open(path, 'wb') as f:
    f.write(b'data')
print(open(path, 'rb').read()); os.remove(path)
d2 = tempfile.mkdtemp(prefix='work_')
print(os.path.isdir(d2), os.path.basename(d2).startswith('work_'))
os.rmdir(d2)
print(isinstance(tempfile.gettempdir(), str), os.path.isdir(tempfile.gettempdir()))
with tempfile.SpooledTemporaryFile(max_size=10, mode='w+') as f:
    f.write('spooled')
    f.seek(0)
    print(f.read())
