"""Filesystem utilities: build a tree, walk it, glob/fnmatch filters, shutil copy/move/rmtree, a tree printer."""
import os
import shutil
import glob
import fnmatch

FILES = {
    "project/README.md": "# Project\n",
    "project/setup.cfg": "[metadata]\nname = demo\n",
    "project/src/app/__init__.py": "",
    "project/src/app/main.py": "print('hi')\n" * 3,
    "project/src/app/util.py": "def f(): pass\n",
    "project/tests/test_main.py": "def test(): assert True\n",
    "project/docs/guide.md": "guide\n" * 10,
    "project/docs/img/logo.png": "PNG" * 50,
    "project/.git/config": "[core]\n",
}
for path, content in FILES.items():
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(content)

def tree(root, prefix=""):
    entries = sorted(os.listdir(root))
    lines = []
    for i, name in enumerate(entries):
        last = i == len(entries) - 1
        full = os.path.join(root, name)
        lines.append(f"{prefix}{'└── ' if last else '├── '}{name}{'/' if os.path.isdir(full) else ''}")
        if os.path.isdir(full):
            lines += tree(full, prefix + ("    " if last else "│   "))
    return lines

print("project/")
print("\n".join(tree("project")))
total = 0
for dirpath, dirnames, filenames in os.walk("project"):
    dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
    for fn in sorted(filenames):
        size = os.path.getsize(os.path.join(dirpath, fn))
        total += size
        print(f"{os.path.join(dirpath, fn):<34} {size:>5}")
print("total bytes (excluding .git):", total)
print(sorted(glob.glob("project/**/*.py", recursive=True)))
print(sorted(glob.glob("project/*.md")), sorted(glob.glob("project/src/*/")), glob.glob("project/nothing*"))
names = [os.path.basename(p) for p in FILES]
print(fnmatch.filter(names, "*.py"), fnmatch.fnmatch("Guide.MD", "*.md"), fnmatch.fnmatchcase("Guide.MD", "*.md"), fnmatch.filter(names, "[!_]*.p?"))
shutil.copy("project/README.md", "project/docs/README.copy.md")
shutil.copytree("project/src", "backup/src")
shutil.move("project/docs/guide.md", "project/GUIDE.md")
print(sorted(os.listdir("project")), sorted(os.listdir("project/docs")), sorted(os.listdir("backup/src/app")))
shutil.rmtree("project/.git")
shutil.rmtree("backup")
print(os.path.exists("project/.git"), os.path.exists("backup"))
print(os.path.splitext("archive.tar.gz"), os.path.join("a", "b", "..", "c"), os.path.normpath("a/b/../c/./d"), os.path.relpath("project/src/app", "project"))
print(os.path.split("project/src/app/main.py"), os.path.dirname("/x/y/z.txt"), os.path.isabs("/x"), os.path.commonpath(["project/src/app", "project/src/lib"]))
for p in sorted(glob.glob("project/**", recursive=True), reverse=True):
    if os.path.isfile(p):
        os.remove(p)
    else:
        os.rmdir(p)
print(os.path.exists("project"))
