"""Organize files with pathlib: create a tree, classify by extension, rename, move, summarize sizes."""
from pathlib import Path, PurePosixPath
import json

root = Path("workspace")
files = {
    "inbox/report_2024-01.csv": "a,b\n1,2\n",
    "inbox/photo.JPG": "x" * 120,
    "inbox/notes.txt": "remember the milk\n",
    "inbox/archive.tar.gz": "z" * 300,
    "inbox/data.json": json.dumps({"k": [1, 2, 3]}),
    "inbox/README": "no extension",
    "inbox/sub/deep.txt": "deep\n" * 3,
}
for rel, content in files.items():
    p = root / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(content)

CATEGORIES = {".csv": "data", ".json": "data", ".jpg": "images", ".txt": "text", ".gz": "archives"}
moved = []
for p in sorted((root / "inbox").rglob("*")):
    if p.is_dir():
        continue
    cat = CATEGORIES.get(p.suffix.lower(), "misc")
    dest_dir = root / "sorted" / cat
    dest_dir.mkdir(parents=True, exist_ok=True)
    dest = dest_dir / p.name.lower()
    p.rename(dest)
    moved.append((str(p.relative_to(root)), str(dest.relative_to(root))))
for src, dst in moved:
    print(f"{src:<28} -> {dst}")
print(sorted(str(p.relative_to(root)) for p in root.rglob("*")))
for d in sorted((root / "sorted").iterdir()):
    sizes = [f.stat().st_size for f in d.iterdir()]
    print(f"{d.name:<9} files={len(sizes)} bytes={sum(sizes)}")
p = Path("workspace/sorted/archives/archive.tar.gz")
print(p.name, p.stem, p.suffix, p.suffixes, p.parent.name, p.parts[-3:], p.with_suffix(".zip").name, p.with_name("x.y").name)
print(p.exists(), p.is_file(), Path("workspace/nope").exists(), (root / "sorted" / "text").is_dir())
print(sorted(x.name for x in (root / "sorted").glob("*/*.txt")), [x.name for x in root.glob("sorted/data/*")] and sorted(x.name for x in root.glob("sorted/data/*")))
data = json.loads((root / "sorted/data/data.json").read_text())
print(data, (root / "sorted/text/deep.txt").read_text().splitlines())
(root / "sorted/text/notes.txt").write_text("replaced\n")
with (root / "sorted/text/notes.txt").open("a") as f:
    f.write("appended\n")
print((root / "sorted/text/notes.txt").read_text())
(root / "sorted/misc/readme").unlink()
print(sorted(x.name for x in (root / "sorted/misc").iterdir()))
(root / "sorted/misc").rmdir()
print(PurePosixPath("/a/b/../c.txt").parts, PurePosixPath("a") / "b" / "c", PurePosixPath("/x/y").is_absolute(), PurePosixPath("a/b/c").relative_to("a"))
print(Path("a/b.txt").with_stem("z") if hasattr(Path, "with_stem") else "", str(Path("a//b/./c")), Path("x.tar.gz").stem)
(root / "bin.dat").write_bytes(bytes(range(5)))
print((root / "bin.dat").read_bytes(), (root / "bin.dat").stat().st_size)
try:
    (root / "missing.txt").read_text()
except FileNotFoundError as e:
    print("FileNotFoundError:", e.strerror, e.filename)
