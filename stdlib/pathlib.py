"""pathlib: PurePath/PurePosixPath/Path/PosixPath over the sandbox filesystem (POSIX flavour)."""

import os
import io

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath", "Path", "PosixPath", "WindowsPath"]


def _parse(parts):
    root = ""
    comps = []
    for a in parts:
        if isinstance(a, PurePath):
            a = str(a)
        else:
            a = os.fspath(a)
            if isinstance(a, bytes):
                raise TypeError("argument should be a str object or an os.PathLike object returning str, not %r" % type(a))
            if not isinstance(a, str):
                raise TypeError("argument should be a str object or an os.PathLike object returning str, not %r" % type(a))
        if a.startswith("/"):
            root = "//" if a.startswith("//") and not a.startswith("///") else "/"
            comps = []
        for c in a.split("/"):
            if c and c != ".":
                comps.append(c)
    return root, comps


class PurePath:
    __slots__ = ("_root", "_parts", "_str")

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        self = object.__new__(cls)
        self._root, self._parts = _parse(args)
        self._str = None
        return self

    def __init__(self, *args):
        pass

    @classmethod
    def _from(cls, root, parts):
        self = object.__new__(cls)
        self._root = root
        self._parts = parts
        self._str = None
        return self

    def __str__(self):
        s = self._str
        if s is None:
            s = self._root + "/".join(self._parts)
            if not s:
                s = "."
            self._str = s
        return s

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return os.fsencode(str(self))

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, str(self))

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return "file://" + str(self)

    def _key(self):
        return (self._root, self._parts)

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash(str(self))

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() >= other._key()

    def __truediv__(self, key):
        try:
            return type(self)(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)(key, self)
        except TypeError:
            return NotImplemented

    def joinpath(self, *args):
        return type(self)(self, *args)

    @property
    def drive(self):
        return ""

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        if self._root:
            return (self._root,) + tuple(self._parts)
        return tuple(self._parts)

    @property
    def name(self):
        return self._parts[-1] if self._parts else ""

    @property
    def suffix(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[i:]
        return ""

    @property
    def suffixes(self):
        name = self.name
        if name.endswith("."):
            return []
        name = name.lstrip(".")
        return ["." + s for s in name.split(".")[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        if not self._parts:
            return self
        return self._from(self._root, self._parts[:-1])

    @property
    def parents(self):
        out = []
        p = self
        while p._parts:
            p = p.parent
            out.append(p)
        return tuple(out)

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        if not name or "/" in name or name == ".":
            raise ValueError("Invalid name %r" % (name,))
        return self._from(self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if "/" in suffix or suffix and (not suffix.startswith(".") or suffix == "."):
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        name = (name[:-len(old)] if old else name) + suffix
        return self._from(self._root, self._parts[:-1] + [name])

    def relative_to(self, *other):
        if not other:
            raise TypeError("need at least one argument")
        o = type(self)(*other)
        n = len(o._parts)
        if o._root != self._root or self._parts[:n] != o._parts:
            raise ValueError("{!r} is not in the subpath of {!r} OR one path is relative and the other is absolute."
                             .format(str(self), str(o)))
        return self._from("", self._parts[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def match(self, path_pattern):
        import fnmatch
        pat = type(self)(path_pattern)
        if not pat._parts:
            raise ValueError("empty pattern")
        if pat._root:
            if self._root != pat._root or len(self._parts) != len(pat._parts):
                return False
        elif len(pat._parts) > len(self._parts):
            return False
        for part, p in zip(reversed(self._parts), reversed(pat._parts)):
            if not fnmatch.fnmatchcase(part, p):
                return False
        return True

    def __reduce__(self):
        return (type(self), tuple(self.parts))


class PurePosixPath(PurePath):
    __slots__ = ()


class PureWindowsPath(PurePath):
    __slots__ = ()

    def __new__(cls, *args):
        raise NotImplementedError("Windows paths are not supported in the pyex sandbox")


os.PathLike.register(PurePath) if hasattr(os.PathLike, "register") else None


class Path(PurePath):
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        self = object.__new__(cls)
        self._root, self._parts = _parse(args)
        self._str = None
        return self

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(os.path.expanduser("~"))

    def absolute(self):
        if self._root:
            return self
        return type(self)(os.getcwd(), self)

    def resolve(self, strict=False):
        p = type(self)(os.path.abspath(str(self)))
        if strict:
            os.stat(str(p))
        return p

    def stat(self, *, follow_symlinks=True):
        return os.stat(self)

    def lstat(self):
        return os.stat(self)

    def exists(self):
        return os.path.exists(self)

    def is_file(self):
        return os.path.isfile(self)

    def is_dir(self):
        return os.path.isdir(self)

    def is_symlink(self):
        return False

    def is_mount(self):
        return str(self.absolute()) == "/"

    def is_socket(self):
        return False

    def is_fifo(self):
        return False

    def is_block_device(self):
        return False

    def is_char_device(self):
        return False

    def samefile(self, other):
        return os.path.samefile(self, other)

    def iterdir(self):
        for name in os.listdir(self):
            yield self._from(self._root, self._parts + [name])

    def _walk(self, p):
        # (dirpath Path, names) depth-first, sorted
        try:
            names = os.listdir(p)
        except OSError:
            return
        yield p, names
        for n in names:
            q = p._from(p._root, p._parts + [n])
            if q.is_dir():
                yield from self._walk(q)

    def glob(self, pattern):
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        pat = PurePosixPath(pattern)
        if pat._root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        yield from self._glob(self, pat._parts, pattern.endswith("/"))

    def _glob(self, base, parts, dirs_only):
        import fnmatch
        if not parts:
            if not dirs_only or base.is_dir():
                yield base
            return
        head, rest = parts[0], parts[1:]
        if head == "**":
            seen = set()
            for d, names in self._walk(base):
                for r in self._glob(d, rest, dirs_only if rest else True):
                    if r not in seen:
                        seen.add(r)
                        yield r
            return
        if not any(c in head for c in "*?["):
            q = base._from(base._root, base._parts + [head])
            if rest:
                if q.is_dir():
                    yield from self._glob(q, rest, dirs_only)
            elif q.exists():
                yield from self._glob(q, rest, dirs_only)
            return
        try:
            names = os.listdir(base)
        except OSError:
            return
        for n in names:
            if n.startswith(".") and not head.startswith("."):
                continue
            if fnmatch.fnmatchcase(n, head):
                q = base._from(base._root, base._parts + [n])
                if rest and not q.is_dir():
                    continue
                yield from self._glob(q, rest, dirs_only)

    def rglob(self, pattern):
        yield from self.glob("**/" + pattern)

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        return io.open(self, mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        with self.open("r", encoding=encoding, errors=errors) as f:
            return f.read()

    def read_bytes(self):
        with self.open("rb") as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError("data must be str, not %s" % type(data).__name__)
        with self.open("w", encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def write_bytes(self, data):
        view = bytes(data)
        with self.open("wb") as f:
            return f.write(view)

    def touch(self, mode=0o666, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, "File exists", str(self))
            return
        with self.open("ab"):
            pass

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(self)

    def rename(self, target):
        os.rename(self, target)
        return type(self)(target)

    def replace(self, target):
        os.replace(self, target)
        return type(self)(target)

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(self, mode)

    def expanduser(self):
        return type(self)(os.path.expanduser(str(self)))

    def owner(self):
        return "pyex"

    def group(self):
        return "pyex"

    def readlink(self):
        raise OSError(22, "Invalid argument", str(self))

    def symlink_to(self, target, target_is_directory=False):
        raise PermissionError(1, "Operation not permitted: symbolic links are not available in the pyex sandbox", str(self))

    def hardlink_to(self, target):
        raise PermissionError(1, "Operation not permitted: links are not available in the pyex sandbox", str(self))


class PosixPath(Path, PurePosixPath):
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    __slots__ = ()
