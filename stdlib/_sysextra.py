"""_sysextra: the less common parts of sys (float_info, int_info, hash_info, flags, implementation,
getsizeof, stdlib_module_names, audit hooks, ...), loaded on first use through sys.__getattr__
(vm/builtins/sys.ts). Values describe the CPython 3.11 build pyex mirrors (x86-64 Linux);
getsizeof follows CPython's sizes for the common builtin types (approximate for the rest)."""
from collections import namedtuple as _nt


def _structseq(modname, name, fields, values):
    # a struct sequence: a tuple with named fields and CPython's repr
    cls = _nt(name, fields)
    cls.__module__ = 'sys'

    def __repr__(self):
        return modname + '(' + ', '.join('%s=%r' % (f, v) for f, v in zip(self._fields, self)) + ')'
    cls.__repr__ = __repr__
    return cls(*values)


float_info = _structseq('sys.float_info', 'float_info',
                        'max max_exp max_10_exp min min_exp min_10_exp dig mant_dig epsilon radix rounds',
                        (1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53,
                         2.220446049250313e-16, 2, 1))
int_info = _structseq('sys.int_info', 'int_info',
                      'bits_per_digit sizeof_digit default_max_str_digits str_digits_check_threshold',
                      (30, 4, 4300, 640))
hash_info = _structseq('sys.hash_info', 'hash_info',
                       'width modulus inf nan imag algorithm hash_bits seed_bits cutoff',
                       (64, 2305843009213693951, 314159, 0, 1000003, 'siphash13', 64, 128, 0))
flags = _structseq('sys.flags', 'flags',
                   'debug inspect interactive optimize dont_write_bytecode no_user_site no_site '
                   'ignore_environment verbose bytes_warning quiet hash_randomization isolated dev_mode '
                   'utf8_mode warn_default_encoding safe_path int_max_str_digits',
                   (0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, -1))
thread_info = _structseq('sys.thread_info', 'thread_info', 'name lock version', ('pthread', 'semaphore', None))


class _Implementation:
    def __init__(self):
        import sys
        self.name = 'cpython'
        self.cache_tag = None          # pyex writes no bytecode caches
        self.version = sys.version_info
        self.hexversion = sys.hexversion
        self._multiarch = 'x86_64-linux-gnu'

    def __repr__(self):
        return 'namespace(' + ', '.join('%s=%r' % kv for kv in self.__dict__.items()) + ')'


implementation = _Implementation()
float_repr_style = 'short'
abiflags = ''
base_prefix = base_exec_prefix = exec_prefix = '/usr/local'
platlibdir = 'lib'
pycache_prefix = None
warnoptions = []
meta_path = []
path_hooks = []
path_importer_cache = {}
copyright = ('Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\n'
             'Copyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\n'
             'Copyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\n'
             'Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved.')
stdlib_module_names = frozenset(['__future__', '_abc', '_aix_support', '_ast', '_asyncio', '_bisect', '_blake2', '_bootsubprocess', '_bz2', '_codecs', '_codecs_cn', '_codecs_hk', '_codecs_iso2022', '_codecs_jp', '_codecs_kr', '_codecs_tw', '_collections', '_collections_abc', '_compat_pickle', '_compression', '_contextvars', '_crypt', '_csv', '_ctypes', '_curses', '_curses_panel', '_datetime', '_dbm', '_decimal', '_elementtree', '_frozen_importlib', '_frozen_importlib_external', '_functools', '_gdbm', '_hashlib', '_heapq', '_imp', '_io', '_json', '_locale', '_lsprof', '_lzma', '_markupbase', '_md5', '_msi', '_multibytecodec', '_multiprocessing', '_opcode', '_operator', '_osx_support', '_overlapped', '_pickle', '_posixshmem', '_posixsubprocess', '_py_abc', '_pydecimal', '_pyio', '_queue', '_random', '_scproxy', '_sha1', '_sha256', '_sha3', '_sha512', '_signal', '_sitebuiltins', '_socket', '_sqlite3', '_sre', '_ssl', '_stat', '_statistics', '_string', '_strptime', '_struct', '_symtable', '_thread', '_threading_local', '_tkinter', '_tokenize', '_tracemalloc', '_typing', '_uuid', '_warnings', '_weakref', '_weakrefset', '_winapi', '_zoneinfo', 'abc', 'aifc', 'antigravity', 'argparse', 'array', 'ast', 'asynchat', 'asyncio', 'asyncore', 'atexit', 'audioop', 'base64', 'bdb', 'binascii', 'bisect', 'builtins', 'bz2', 'cProfile', 'calendar', 'cgi', 'cgitb', 'chunk', 'cmath', 'cmd', 'code', 'codecs', 'codeop', 'collections', 'colorsys', 'compileall', 'concurrent', 'configparser', 'contextlib', 'contextvars', 'copy', 'copyreg', 'crypt', 'csv', 'ctypes', 'curses', 'dataclasses', 'datetime', 'dbm', 'decimal', 'difflib', 'dis', 'distutils', 'doctest', 'email', 'encodings', 'ensurepip', 'enum', 'errno', 'faulthandler', 'fcntl', 'filecmp', 'fileinput', 'fnmatch', 'fractions', 'ftplib', 'functools', 'gc', 'genericpath', 'getopt', 'getpass', 'gettext', 'glob', 'graphlib', 'grp', 'gzip', 'hashlib', 'heapq', 'hmac', 'html', 'http', 'idlelib', 'imaplib', 'imghdr', 'imp', 'importlib', 'inspect', 'io', 'ipaddress', 'itertools', 'json', 'keyword', 'lib2to3', 'linecache', 'locale', 'logging', 'lzma', 'mailbox', 'mailcap', 'marshal', 'math', 'mimetypes', 'mmap', 'modulefinder', 'msilib', 'msvcrt', 'multiprocessing', 'netrc', 'nis', 'nntplib', 'nt', 'ntpath', 'nturl2path', 'numbers', 'opcode', 'operator', 'optparse', 'os', 'ossaudiodev', 'pathlib', 'pdb', 'pickle', 'pickletools', 'pipes', 'pkgutil', 'platform', 'plistlib', 'poplib', 'posix', 'posixpath', 'pprint', 'profile', 'pstats', 'pty', 'pwd', 'py_compile', 'pyclbr', 'pydoc', 'pydoc_data', 'pyexpat', 'queue', 'quopri', 'random', 're', 'readline', 'reprlib', 'resource', 'rlcompleter', 'runpy', 'sched', 'secrets', 'select', 'selectors', 'shelve', 'shlex', 'shutil', 'signal', 'site', 'smtpd', 'smtplib', 'sndhdr', 'socket', 'socketserver', 'spwd', 'sqlite3', 'sre_compile', 'sre_constants', 'sre_parse', 'ssl', 'stat', 'statistics', 'string', 'stringprep', 'struct', 'subprocess', 'sunau', 'symtable', 'sys', 'sysconfig', 'syslog', 'tabnanny', 'tarfile', 'telnetlib', 'tempfile', 'termios', 'textwrap', 'this', 'threading', 'time', 'timeit', 'tkinter', 'token', 'tokenize', 'tomllib', 'trace', 'traceback', 'tracemalloc', 'tty', 'turtle', 'turtledemo', 'types', 'typing', 'unicodedata', 'unittest', 'urllib', 'uu', 'uuid', 'venv', 'warnings', 'wave', 'weakref', 'webbrowser', 'winreg', 'winsound', 'wsgiref', 'xdrlib', 'xml', 'xmlrpc', 'zipapp', 'zipfile', 'zipimport', 'zlib', 'zoneinfo'])

# sizes of dicts and sets as they grow by insertion (CPython 3.11, 64-bit)
_DICT_SIZES = ((0, 64), (5, 184), (10, 272), (21, 464), (42, 832), (85, 1584), (170, 3328), (341, 6576),
               (682, 13056), (1365, 26032), (2730, 51968))
_SET_SIZES = ((4, 216), (19, 728), (76, 2264))


def _grown(n, table, factor):
    for limit, size in table:
        if n <= limit:
            return size
    size = table[-1][1]
    limit = table[-1][0]
    while n > limit:
        limit = limit * 2 + 1
        size *= factor
    return size


def getsizeof(obj, default=None):
    """Bytes CPython 3.11 (64-bit) reports for common builtin objects."""
    t = type(obj)
    if obj is None or t is type(NotImplemented) or t is type(...):
        return 16
    if t is bool:
        return 28
    if t is int:
        n = abs(obj)
        digits = 0
        while n:
            n >>= 30
            digits += 1
        return 24 + 4 * max(digits, 1)
    if t is float:
        return 24
    if t is complex:
        return 32
    if t is str:
        if obj.isascii():
            return 49 + len(obj)
        m = max(map(ord, obj))
        if m < 256:
            return 73 + len(obj)
        if m < 65536:
            return 74 + 2 * len(obj)
        return 76 + 4 * len(obj)
    if t is bytes:
        return 33 + len(obj)
    if t is bytearray:
        return 57 + len(obj) if obj else 56
    if t is tuple:
        return 40 + 8 * len(obj)
    if t is list:
        return 56 + 8 * len(obj)
    if t is dict:
        return _grown(len(obj), _DICT_SIZES, 2)
    if t in (set, frozenset):
        return _grown(len(obj), _SET_SIZES, 4)
    if t is range:
        return 48
    sizeof = getattr(t, '__sizeof__', None)
    if sizeof is not None and getattr(t, '__module__', 'builtins') != 'builtins':
        try:
            return sizeof(obj) + 16
        except TypeError:
            pass
    if default is not None:
        return default
    return 48 if hasattr(obj, '__dict__') else 16


def getrefcount(obj):
    return 2


def getallocatedblocks():
    return 0


def getfilesystemencodeerrors():
    return 'surrogateescape'


_switch = 0.005


def getswitchinterval():
    return _switch


def setswitchinterval(interval):
    global _switch
    if interval <= 0:
        raise ValueError("switch interval must be strictly positive")
    _switch = float(interval)


def is_finalizing():
    return False


def call_tracing(func, args):
    return func(*args)


_audit_hooks = []


def addaudithook(hook):
    _audit_hooks.append(hook)


def audit(event, *args):
    if not isinstance(event, str):
        raise TypeError("expected str for argument 'event', not %s" % type(event).__name__)
    for hook in list(_audit_hooks):
        hook(event, args)


_asyncgen_hooks = _nt('asyncgen_hooks', 'firstiter finalizer')(None, None)


def get_asyncgen_hooks():
    return _asyncgen_hooks


def set_asyncgen_hooks(firstiter=None, finalizer=None):
    global _asyncgen_hooks
    _asyncgen_hooks = _asyncgen_hooks._replace(firstiter=firstiter, finalizer=finalizer)


_coro_depth = 0


def get_coroutine_origin_tracking_depth():
    return _coro_depth


def set_coroutine_origin_tracking_depth(depth):
    global _coro_depth
    if depth < 0:
        raise ValueError("depth must be >= 0")
    _coro_depth = depth


def displayhook(value):
    import builtins
    import sys
    if value is None:
        return
    builtins._ = None
    sys.stdout.write(repr(value) + '\n')
    builtins._ = value


def excepthook(exctype, value, traceback):
    import traceback as _tb
    import sys
    _tb.print_exception(exctype, value, traceback, file=sys.stderr)


def unraisablehook(unraisable):
    import sys
    sys.stderr.write('Exception ignored in: %r\n' % (getattr(unraisable, 'object', None),))


def breakpointhook(*args, **kws):
    raise RuntimeError("pyex: breakpoint() is not available in the sandbox")


__displayhook__ = displayhook
__excepthook__ = excepthook
__breakpointhook__ = breakpointhook
__unraisablehook__ = unraisablehook
