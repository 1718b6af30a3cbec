"""linecache: source lines of the running program and its modules (from the host), else the sandbox files."""
import _pyex

__all__ = ['getline', 'clearcache', 'checkcache', 'lazycache', 'getlines', 'updatecache']

cache = {}


def clearcache():
    cache.clear()


def getline(filename, lineno, module_globals=None):
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    if filename in cache:
        entry = cache[filename]
        if len(entry) != 1:
            return cache[filename][2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    pass


def updatecache(filename, module_globals=None):
    if filename in cache:
        if len(cache[filename]) != 1:
            cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>') and not filename.startswith('<frozen ')):
        return []
    text = None
    try:
        text = _pyex.call('source', filename)
    except Exception:
        text = None
    if text is None:
        try:
            with open(filename, encoding='utf-8') as f:
                text = f.read()
        except Exception:
            return []
    lines = text.splitlines(True)
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = (len(text), None, lines, filename)
    return lines


def lazycache(filename, module_globals):
    return False
