from pathlib import Path, PurePosixPath
base = Path('work')
base.mkdir()
(base / 'sub' / 'deep').mkdir(parents=True)
(base / 'sub').mkdir(exist_ok=True)
try:
    (base / 'sub').mkdir()
except FileExistsError as e:
    print(e)
try:
    Path('nope/x').mkdir()
except FileNotFoundError as e:
    print(e)
p = base / 'notes.txt'
print(p.write_text('alpha\nbeta\n'), p.read_text().split())
print((base / 'data.bin').write_bytes(b'\x01\x02'), (base / 'data.bin').read_bytes())
print(p.exists(), p.is_file(), p.is_dir(), base.is_dir(), (base / 'zz').exists())
print(p.name, p.stem, p.suffix, p.parent, p.parts, repr(p))
q = PurePosixPath('/usr/lib/python3.11/os.tar.gz')
print(q.name, q.stem, q.suffix, q.suffixes, q.parent, q.parents[1], q.parts, q.anchor, q.root)
print(q.with_suffix('.zip'), q.with_name('x.py'), q.with_stem('y'), q.relative_to('/usr'), q.is_absolute())
try:
    q.relative_to('/etc')
except ValueError as e:
    print(e)
print(sorted(str(x) for x in base.iterdir()))
(base / 'sub' / 'a.py').write_text('')
(base / 'sub' / 'deep' / 'b.py').write_text('')
(base / 'c.py').write_text('')
print(sorted(str(x) for x in base.glob('*.py')))
print(sorted(str(x) for x in base.glob('*/*.py')))
print(sorted(str(x) for x in base.rglob('*.py')))
print(sorted(str(x) for x in base.glob('**/*.py')))
with (base / 'c.py').open('w') as f:
    f.write('print(1)')
print((base / 'c.py').read_text())
(base / 'c.py').unlink()
(base / 'c.py').unlink(missing_ok=True)
try:
    (base / 'c.py').unlink()
except FileNotFoundError as e:
    print(e)
print(Path('a') / 'b' / 'c', 'x' / Path('y'), Path('/a/b') / '/c', Path('a/b') == Path('a//b/'), Path('.'), Path())
print(Path('a/b').with_suffix('.txt'), PurePosixPath('a') < PurePosixPath('b'), str(Path('/x/y')), Path('x').as_posix())
print(Path('work/sub/../notes.txt').resolve() == Path.cwd() / 'work/notes.txt')
print(p.match('*.txt'), p.match('work/*.txt'), p.match('/*.txt'))
print(p.stat().st_size, p.rename(base / 'n2.txt'), sorted(x.name for x in base.iterdir()))
print(Path('work/sub/deep').rmdir() if False else 'ok')
