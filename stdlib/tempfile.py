"""tempfile: temporary files and directories in the sandbox filesystem (under /tmp, names derived
from the run's seed, so runs are reproducible)."""

import os
import io
import _pyex

__all__ = ["NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile", "TemporaryDirectory", "mkstemp",
           "mkdtemp", "mktemp", "gettempdir", "gettempprefix", "tempdir", "template"]

tempdir = None
template = "tmp"
_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_"
_rng = None


def _names():
    global _rng
    if _rng is None:
        import random
        _rng = random.Random(_pyex.seed() + (3 << 64))
    return "".join(_rng.choice(_CHARS) for _ in range(8))


def gettempprefix():
    return template


def gettempdir():
    global tempdir
    if tempdir is None:
        for d in (os.environ.get("TMPDIR"), os.environ.get("TEMP"), os.environ.get("TMP"), "/tmp"):
            if d:
                tempdir = d
                break
    if not os.path.isdir(tempdir):
        os.makedirs(tempdir, exist_ok=True)
    return tempdir


def _mkname(suffix, prefix, dir):
    if dir is None:
        dir = gettempdir()
    if prefix is None:
        prefix = template
    if suffix is None:
        suffix = ""
    for _ in range(100):
        p = os.path.join(dir, prefix + _names() + suffix)
        if not os.path.exists(p):
            return p
    raise FileExistsError(17, "No usable temporary file name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    p = _mkname(suffix, prefix, dir)
    open(p, "x").close()
    return (-1, os.path.abspath(p))


def mkdtemp(suffix=None, prefix=None, dir=None):
    p = _mkname(suffix, prefix, dir)
    os.mkdir(p)
    return os.path.abspath(p)


def mktemp(suffix="", prefix=template, dir=None):
    return _mkname(suffix, prefix, dir)


class _TemporaryFileWrapper:
    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete

    def __getattr__(self, name):
        return getattr(self.__dict__["file"], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()

    def __iter__(self):
        return iter(self.file)

    def close(self):
        if not self.file.closed:
            self.file.close()
        if self.delete:
            try:
                os.unlink(self.name)
            except FileNotFoundError:
                pass
            self.delete = False

    def __repr__(self):
        return "<tempfile._TemporaryFileWrapper %r>" % (self.name,)


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None):
    p = os.path.abspath(_mkname(suffix, prefix, dir))
    f = io.open(p, mode.replace("w", "x") if "w" in mode else mode, buffering, encoding, errors, newline)
    return _TemporaryFileWrapper(f, p, delete)


def TemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None, prefix=None, dir=None,
                  *, errors=None):
    return NamedTemporaryFile(mode, buffering, encoding, newline, suffix, prefix, dir, True, errors=errors)


def SpooledTemporaryFile(max_size=0, mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None,
                         prefix=None, dir=None, *, errors=None):
    # the sandbox's files live in memory already: a spooled file is a temporary file from the start
    return TemporaryFile(mode, buffering, encoding, newline, suffix, prefix, dir, errors=errors)


class TemporaryDirectory:
    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore = ignore_cleanup_errors

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        import shutil
        if self.name is not None and os.path.exists(self.name):
            shutil.rmtree(self.name, ignore_errors=self._ignore)
