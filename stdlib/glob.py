"""glob: pathname pattern expansion over the sandbox filesystem (sorted results, deterministic)."""

import os
import fnmatch

__all__ = ["glob", "iglob", "escape", "has_magic"]


def has_magic(s):
    return any(c in s for c in "*?[")


def _ishidden(p):
    return p[0] == "."


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    return list(iglob(pathname, root_dir=root_dir, recursive=recursive, include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    pathname = os.fspath(pathname)
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    return iter(_glob(pathname, root_dir, recursive, include_hidden))


def _join(root_dir, p):
    if root_dir is None or os.path.isabs(p):
        return p
    return os.path.join(root_dir, p) if p else root_dir


def _listdir(d, root_dir):
    try:
        return os.listdir(_join(root_dir, d) or os.curdir)
    except OSError:
        return []


def _glob(pathname, root_dir, recursive, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if os.path.lexists(_join(root_dir, pathname)):
                return [pathname]
        elif os.path.isdir(_join(root_dir, dirname)):
            return [pathname]
        return []
    if not dirname:
        if recursive and basename == "**":
            return _rlist("", root_dir, include_hidden, True)
        return _match_in(root_dir, "", basename, include_hidden, dirs_only=False)
    if dirname != pathname and has_magic(dirname):
        dirs = _glob(dirname, root_dir, recursive, include_hidden)
    else:
        dirs = [dirname]
    out = []
    for d in dirs:
        if not basename:
            if os.path.isdir(_join(root_dir, d)):
                out.append(os.path.join(d, basename))
            continue
        if recursive and basename == "**":
            for x in _rlist(d, root_dir, include_hidden, True):
                out.append(os.path.join(d, x) if x else os.path.join(d, ""))
        elif has_magic(basename):
            for x in _match_in(root_dir, d, basename, include_hidden, False):
                out.append(os.path.join(d, x))
        elif os.path.lexists(_join(root_dir, os.path.join(d, basename))):
            out.append(os.path.join(d, basename))
    return out


def _match_in(root_dir, d, pattern, include_hidden, dirs_only):
    names = _listdir(d, root_dir)
    if not (include_hidden or _ishidden(pattern)):
        names = [x for x in names if not _ishidden(x)]
    return [x for x in names if fnmatch.fnmatchcase(x, pattern)]


def _rlist(d, root_dir, include_hidden, top):
    # '' (the directory itself) then every descendant, depth-first
    out = [""] if top else []
    for x in _listdir(d, root_dir):
        if not include_hidden and _ishidden(x):
            continue
        out.append(x)
        p = os.path.join(d, x) if d else x
        if os.path.isdir(_join(root_dir, p)):
            for y in _rlist(p, root_dir, include_hidden, False):
                out.append(os.path.join(x, y))
    return out


def escape(pathname):
    drive, pathname = os.path.splitdrive(pathname)
    out = []
    for c in pathname:
        out.append("[" + c + "]" if c in "*?[" else c)
    return drive + "".join(out)


magic_check = None
