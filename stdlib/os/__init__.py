"""os: the sandbox's view of an operating system.

Files come from the filesystem capability the host passed to run() (PermissionError naming it
when there is none); os.environ is exactly the host's `env` option; there are no processes,
signals or real clocks. Everything that would reach past the sandbox (system, popen, exec*,
fork, kill, …) raises PermissionError.
"""

import _pyex
import sys
from . import path

name = "posix"
sep = path.sep
altsep = path.altsep
extsep = path.extsep
pathsep = path.pathsep
curdir = path.curdir
pardir = path.pardir
defpath = path.defpath
devnull = path.devnull
linesep = "\n"

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1
O_RDONLY = 0
O_WRONLY = 1
O_RDWR = 2
O_CREAT = 64
O_EXCL = 128
O_TRUNC = 512
O_APPEND = 1024

error = OSError

sys.modules["os.path"] = path
sys.modules["posixpath"] = path


import abc as _abc


class PathLike(_abc.ABC):
    """Abstract base class for objects with __fspath__."""

    @_abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        return hasattr(subclass, "__fspath__") or NotImplemented

    def __class_getitem__(cls, item):
        return cls


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    f = getattr(type(p), "__fspath__", None)
    if f is None:
        raise TypeError("expected str, bytes or os.PathLike object, not %s" % type(p).__name__)
    r = f(p)
    if isinstance(r, (str, bytes)):
        return r
    raise TypeError("expected %s.__fspath__() to return str or bytes, not %s" % (type(p).__name__, type(r).__name__))


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode("utf-8", "surrogateescape") if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode("utf-8", "surrogateescape") if isinstance(filename, bytes) else filename


def _p(p):
    """(absolute sandbox path, the name to show in errors)"""
    if isinstance(p, int) and not isinstance(p, bool):
        raise OSError(9, "Bad file descriptor")
    p = fspath(p)
    if isinstance(p, bytes):
        p = p.decode("utf-8", "surrogateescape")
    if "\0" in p:
        raise ValueError("embedded null byte")
    if p == "":
        raise FileNotFoundError(2, "No such file or directory", "")
    return path.abspath(p), p


# ---- environment -------------------------------------------------------------------------------

class _Environ(dict):
    def __repr__(self):
        return "environ(%r)" % (dict(self),)

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        dict.__setitem__(self, key, value)

    def copy(self):
        return dict(self)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]


environ = _Environ(_pyex.call("env"))


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    environ[key] = value


def unsetenv(key):
    environ.pop(key, None)


def get_exec_path(env=None):
    return (env or environ).get("PATH", defpath).split(pathsep)


# ---- working directory ------------------------------------------------------------------------

_cwd = _pyex.call("cwd")


def getcwd():
    return _cwd


def getcwdb():
    return _cwd.encode()


def chdir(p):
    global _cwd
    ap, shown = _p(p)
    kind = _pyex.call("fs.kind", ap, shown)
    if kind is None:
        _pyex.call("fs.stat", ap, shown)  # raises the right error
    if kind != "dir":
        raise NotADirectoryError(20, "Not a directory", shown)
    _cwd = ap


# ---- files and directories --------------------------------------------------------------------

class stat_result:
    n_sequence_fields = 10
    n_fields = 10
    __slots__ = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
                 "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns")

    def __init__(self, mode, size, mtime_ns, ino=0):
        self.st_mode = mode
        self.st_ino = ino
        self.st_dev = 1
        self.st_nlink = 2 if mode & 0o040000 else 1
        self.st_uid = 0
        self.st_gid = 0
        self.st_size = size
        self.st_atime_ns = self.st_mtime_ns = self.st_ctime_ns = mtime_ns
        self.st_atime = self.st_mtime = self.st_ctime = mtime_ns / 1_000_000_000

    def _seq(self):
        return (self.st_mode, self.st_ino, self.st_dev, self.st_nlink, self.st_uid, self.st_gid,
                self.st_size, int(self.st_atime), int(self.st_mtime), int(self.st_ctime))

    def __getitem__(self, i):
        return self._seq()[i]

    def __len__(self):
        return 10

    def __iter__(self):
        return iter(self._seq())

    def __eq__(self, other):
        return isinstance(other, stat_result) and self._seq() == other._seq()

    def __repr__(self):
        s = self._seq()
        return ("os.stat_result(st_mode=%d, st_ino=%d, st_dev=%d, st_nlink=%d, st_uid=%d, st_gid=%d, "
                "st_size=%d, st_atime=%d, st_mtime=%d, st_ctime=%d)" % s)


def _ino(ap):
    h = 0
    for c in ap.encode():
        h = (h * 131 + c) & 0xFFFFFFFF
    return h


def stat(p, *, dir_fd=None, follow_symlinks=True):
    ap, shown = _p(p)
    kind, size, mtime_ns = _pyex.call("fs.stat", ap, shown)
    mode = 0o040755 if kind == "dir" else 0o100644
    return stat_result(mode, size, mtime_ns, _ino(ap))


lstat = stat


def access(p, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    ap, shown = _p(p)
    return _pyex.call("fs.kind", ap, shown) is not None


def listdir(p="."):
    ap, shown = _p(p)
    return _pyex.call("fs.listdir", ap, shown)


def mkdir(p, mode=0o777, *, dir_fd=None):
    ap, shown = _p(p)
    _pyex.call("fs.mkdir", ap, shown)


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = bytes(curdir, "ASCII")
        if tail == cdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def remove(p, *, dir_fd=None):
    ap, shown = _p(p)
    _pyex.call("fs.remove", ap, shown)


unlink = remove


def rmdir(p, *, dir_fd=None):
    ap, shown = _p(p)
    _pyex.call("fs.rmdir", ap, shown)


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    a, sa = _p(src)
    b, sb = _p(dst)
    _pyex.call("fs.rename", a, b, sa, sb)


replace = rename


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def utime(p, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    stat(p)


def chmod(p, mode, *, dir_fd=None, follow_symlinks=True):
    stat(p)


def truncate(p, length):
    with open(p, "r+b") as f:
        f.truncate(length)


class DirEntry:
    __slots__ = ("name", "path", "_kind")

    def __init__(self, name, p, kind):
        self.name = name
        self.path = p
        self._kind = kind

    def is_dir(self, *, follow_symlinks=True):
        return self._kind == "dir"

    def is_file(self, *, follow_symlinks=True):
        return self._kind == "file"

    def is_symlink(self):
        return False

    def stat(self, *, follow_symlinks=True):
        return stat(self.path)

    def inode(self):
        return _ino(path.abspath(self.path))

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return "<DirEntry %r>" % (self.name,)


class _ScandirIterator:
    def __init__(self, entries):
        self._it = iter(entries)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)

    def __enter__(self):
        return self

    def __exit__(self, *a):
        pass

    def close(self):
        pass


def scandir(p="."):
    names = listdir(p)
    base = fspath(p)
    ap = path.abspath(base)
    entries = []
    for n in names:
        full = path.join(base, n)
        entries.append(DirEntry(n, full, _pyex.call("fs.kind", path.join(ap, n), full)))
    return _ScandirIterator(entries)


def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    try:
        entries = list(scandir(top))
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    dirs = [e.name for e in entries if e.is_dir()]
    nondirs = [e.name for e in entries if not e.is_dir()]
    if topdown:
        yield top, dirs, nondirs
        for d in dirs:
            yield from walk(path.join(top, d), topdown, onerror, followlinks)
    else:
        for d in dirs:
            yield from walk(path.join(top, d), topdown, onerror, followlinks)
        yield top, dirs, nondirs


# ---- no processes -----------------------------------------------------------------------------

def _denied(what):
    def f(*args, **kwargs):
        raise PermissionError(1, "Operation not permitted: %s is not available in the pyex sandbox" % what)
    f.__name__ = what.rpartition(".")[2]
    return f


for _n in ("system", "popen", "fork", "forkpty", "kill", "killpg", "execv", "execve", "execl", "execle",
           "execlp", "execlpe", "execvp", "execvpe", "spawnv", "spawnve", "spawnl", "spawnle", "spawnlp",
           "spawnvp", "posix_spawn", "posix_spawnp", "symlink", "link", "chown", "lchown", "chroot",
           "setuid", "setgid", "nice", "abort", "open", "pipe", "dup", "dup2", "read", "write", "close",
           "startfile", "readlink", "mkfifo", "mknod"):
    globals()[_n] = _denied("os." + _n)
del _n


def getpid():
    return 1


def getppid():
    return 0


def getuid():
    return 0


geteuid = getgid = getegid = getuid


def getlogin():
    return environ.get("USER", "pyex")


def cpu_count():
    return 1


def urandom(n):
    if n < 0:
        raise ValueError("negative argument not allowed")
    return _urandom_rng().randbytes(n)


_rng = None


def _urandom_rng():
    # deterministic: derived from the run's seed (docs/capabilities.md)
    global _rng
    if _rng is None:
        import random as _random
        _rng = _random.Random(_pyex.seed() + (4 << 64))
    return _rng


def get_terminal_size(fd=1):
    return terminal_size((80, 24))


class terminal_size(tuple):
    @property
    def columns(self):
        return self[0]

    @property
    def lines(self):
        return self[1]


def _exit(n):
    raise SystemExit(n)


def strerror(code):
    import errno
    table = {1: "Operation not permitted", 2: "No such file or directory", 13: "Permission denied",
             17: "File exists", 20: "Not a directory", 21: "Is a directory", 22: "Invalid argument",
             30: "Read-only file system", 39: "Directory not empty"}
    return table.get(code, "Unknown error %d" % code)
