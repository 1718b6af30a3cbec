"""Support for regular expressions (RE): pyex's engine (the native _sre module) behind
CPython's `re` API."""

import _sre

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"

_MAXSIZE = 9223372036854775807

_FLAG_NAMES = [(1, 'TEMPLATE'), (2, 'IGNORECASE'), (4, 'LOCALE'), (8, 'MULTILINE'), (16, 'DOTALL'),
               (32, 'UNICODE'), (64, 'VERBOSE'), (128, 'DEBUG'), (256, 'ASCII')]


class RegexFlag(int):
    def __new__(cls, value):
        return int.__new__(cls, value)

    def _names(self):
        v = int(self)
        names = []
        for bit, name in _FLAG_NAMES:
            if v & bit and bit != 1:
                names.append('re.' + name)
                v &= ~bit
        if v:
            names.append(hex(v))
        if not names:
            names.append('re.NOFLAG')
        return names

    def __repr__(self):
        v = int(self)
        if v < 0:
            return '%s' % ('~' + RegexFlag(~v).__repr__())
        return '|'.join(self._names())

    __str__ = __repr__

    @property
    def value(self):
        return int(self)

    @property
    def name(self):
        for bit, name in _FLAG_NAMES:
            if int(self) == bit:
                return name
        return None

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    __rand__ = __and__

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & 0x1ff)


NOFLAG = RegexFlag(0)
ASCII = A = RegexFlag(256)
IGNORECASE = I = RegexFlag(2)
LOCALE = L = RegexFlag(4)
UNICODE = U = RegexFlag(32)
MULTILINE = M = RegexFlag(8)
DOTALL = S = RegexFlag(16)
VERBOSE = X = RegexFlag(64)
TEMPLATE = T = RegexFlag(1)
DEBUG = RegexFlag(128)


class error(Exception):
    """Exception raised for invalid regular expressions.

    Attributes:

        msg: The unformatted error message
        pattern: The regular expression pattern
        pos: The index in the pattern where compilation failed (may be None)
        lineno: The line corresponding to pos (may be None)
        colno: The column corresponding to pos (may be None)
    """

    __module__ = 're'

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            if isinstance(pattern, str):
                newline = '\n'
            else:
                newline = b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


PatternError = error


class _mappingproxy:
    def __init__(self, d):
        self._d = d

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __contains__(self, k):
        return k in self._d

    def get(self, k, default=None):
        return self._d.get(k, default)

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()

    def copy(self):
        return dict(self._d)

    def __eq__(self, other):
        if isinstance(other, _mappingproxy):
            other = other._d
        return self._d == other

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._d,)

    def __str__(self):
        return str(self._d)


def _isbytes(s):
    return isinstance(s, (bytes, bytearray))


class Pattern:
    """Compiled regular expression object."""

    def __init__(self, pattern, flags, code, groups, groupindex):
        self.pattern = pattern
        self.flags = flags
        self._code = code
        self.groups = groups
        self._groupindex = groupindex
        self._indexgroup = None
        self._templates = {}

    @property
    def groupindex(self):
        return _mappingproxy(dict(self._groupindex))

    def __repr__(self):
        flags = self.flags
        if isinstance(self.pattern, str) and (flags & (4 | 32 | 256)) == 32:
            flags &= ~32
        r = repr(self.pattern)
        if len(r) > 200:
            r = r[:200]
        if not flags:
            return 're.compile(%s)' % r
        names = []
        for bit, name in _FLAG_NAMES:
            if flags & bit:
                names.append('re.' + name)
                flags &= ~bit
        if flags:
            names.append(hex(flags))
        return 're.compile(%s, %s)' % (r, '|'.join(names))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def _match(self, string, pos, endpos, mode):
        if endpos is None:
            endpos = _MAXSIZE
        r = _sre.search(self._code, string, pos, endpos, mode, 0)
        if r is None:
            return None
        n = len(string)
        if pos < 0:
            pos = 0
        elif pos > n:
            pos = n
        if endpos < 0:
            endpos = 0
        elif endpos > n:
            endpos = n
        return Match(self, string, pos, endpos, r)

    def match(self, string, pos=0, endpos=None):
        return self._match(string, pos, endpos, 0)

    def search(self, string, pos=0, endpos=None):
        return self._match(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._match(string, pos, endpos, 2)

    def findall(self, string, pos=0, endpos=None):
        if endpos is None:
            endpos = _MAXSIZE
        return _sre.findall(self._code, string, pos, endpos)

    def finditer(self, string, pos=0, endpos=None):
        return self._iter(string, pos, endpos)

    def _iter(self, string, pos, endpos):
        n = len(string)
        if endpos is None or endpos > n:
            endpos = n
        if endpos < 0:
            endpos = 0
        if pos < 0:
            pos = 0
        start = pos
        adv = 0
        code = self._code
        while start <= endpos:
            r = _sre.search(code, string, start, endpos, 1, adv)
            if r is None:
                return
            yield Match(self, string, pos, endpos, r)
            e = r[2]
            adv = 1 if e == r[1] else 0
            start = e

    def scanner(self, string, pos=0, endpos=None):
        return _Scanner(self, string, pos, endpos)

    def split(self, string, maxsplit=0):
        return _sre.split(self._code, string, maxsplit)

    def _template(self, repl):
        key = bytes(repl) if isinstance(repl, bytearray) else repl
        t = self._templates.get(key)
        if t is None:
            t = _parse_template(repl, self)
            if len(self._templates) > 100:
                self._templates.clear()
            self._templates[key] = t
        return t

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    def _subx(self, repl, string, count):
        if not callable(repl):
            rb = _isbytes(repl)
            if not rb and not isinstance(repl, str):
                raise TypeError("decoding to str: need a bytes-like object, %s found" % type(repl).__name__)
            if rb == _isbytes(self.pattern):
                if not rb and '\\' not in repl:
                    return _sre.sub(self._code, string, [repl] if repl else [], count)
                if rb and b'\\' not in repl:
                    return _sre.sub(self._code, string, [bytes(repl)] if repl else [], count)
                return _sre.sub(self._code, string, self._template(repl), count)
            # a str template for a bytes pattern (or the reverse): CPython fails when joining
            items = self._template(repl)
            repl = lambda m: _expand(items, m, rb)
        # callable replacement: a Python loop
        code = self._code
        n = len(string)
        pieces = []
        i = 0
        k = 0
        start = 0
        adv = 0
        while not count or k < count:
            if start > n:
                break
            r = _sre.search(code, string, start, n, 1, adv)
            if r is None:
                break
            b = r[1]
            e = r[2]
            if i < b:
                pieces.append(_sre.slice(string, i, b))
            item = repl(Match(self, string, 0, n, r))
            if item is not None:
                pieces.append(item)
            i = e
            k += 1
            adv = 1 if e == b else 0
            start = e
        if k == 0:
            return string, 0
        if i < n:
            pieces.append(_sre.slice(string, i, n))
        if _isbytes(string):
            return b''.join(pieces), k
        return ''.join(pieces), k


class _Scanner:
    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        n = len(string)
        if endpos is None or endpos > n:
            endpos = n
        self._endpos = endpos
        self._pos = pos
        self._start = pos
        self._adv = 0

    def _next(self, mode):
        if self._start > self._endpos:
            return None
        r = _sre.search(self.pattern._code, self._string, self._start, self._endpos, mode, self._adv)
        if r is None:
            self._start = self._endpos + 1
            return None
        self._adv = 1 if r[1] == r[2] else 0
        self._start = r[2]
        return Match(self.pattern, self._string, self._pos, self._endpos, r)

    def match(self):
        return self._next(0)

    def search(self):
        return self._next(1)


class Match:
    """The result of re.match() and re.search()."""

    def __init__(self, pattern, string, pos, endpos, regs):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._regs = regs

    @property
    def lastindex(self):
        return self._regs[0]

    @property
    def lastgroup(self):
        li = self._regs[0]
        if li is None:
            return None
        for name, idx in self.re._groupindex.items():
            if idx == li:
                return name
        return None

    @property
    def regs(self):
        r = self._regs
        return tuple([(r[1 + 2 * g], r[2 + 2 * g]) for g in range(self.re.groups + 1)])

    def _index(self, g):
        if isinstance(g, int):
            if 0 <= g <= self.re.groups:
                return int(g)
        elif isinstance(g, (str, bytes)):
            idx = self.re._groupindex.get(g)
            if idx is not None:
                return idx
        else:
            try:
                i = g.__index__()
            except AttributeError:
                raise IndexError("no such group") from None
            if 0 <= i <= self.re.groups:
                return i
        raise IndexError("no such group")

    def _get(self, g, default=None):
        r = self._regs
        s = r[1 + 2 * g]
        if s < 0:
            return default
        return _sre.slice(self.string, s, r[2 + 2 * g])

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple([self._get(self._index(a)) for a in args])

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple([self._get(g, default) for g in range(1, self.re.groups + 1)])

    def groupdict(self, default=None):
        d = {}
        for name, idx in self.re._groupindex.items():
            d[name] = self._get(idx, default)
        return d

    def start(self, group=0):
        return self._regs[1 + 2 * self._index(group)]

    def end(self, group=0):
        return self._regs[2 + 2 * self._index(group)]

    def span(self, group=0):
        g = self._index(group)
        return (self._regs[1 + 2 * g], self._regs[2 + 2 * g])

    def expand(self, template):
        return _expand(self.re._template(template), self, _isbytes(self.string))

    def __repr__(self):
        r = self._regs
        return '<re.Match object; span=(%d, %d), match=%s>' % (r[1], r[2], repr(self.group(0))[:50])

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls


def _expand(items, m, isbytes):
    out = []
    for it in items:
        if isinstance(it, int):
            v = m._get(it)
            if v is not None:
                out.append(v)
        else:
            out.append(it)
    if isbytes:
        return b''.join(out)
    return ''.join(out)


# ---- replacement templates -------------------------------------------------------------------
_TEMPLATE_ESCAPES = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v', '\\': '\\'}
_ASCIILETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'


def _parse_template(repl, pattern):
    isbytes = _isbytes(repl)
    if isbytes:
        src = ''.join([chr(b) for b in repl])
    else:
        src = repl
    items = []
    lit = []
    n = len(src)
    i = 0

    def fail(msg, pos):
        raise error(msg, repl, pos)

    def addgroup(index, pos):
        if index > pattern.groups:
            fail("invalid group reference %d" % index, pos)
        if lit:
            items.append(''.join(lit))
            del lit[:]
        items.append(index)

    while i < n:
        c = src[i]
        if c != '\\':
            lit.append(c)
            i += 1
            continue
        start = i
        if i + 1 >= n:
            fail("bad escape (end of pattern)", start)
        c = src[i + 1]
        i += 2
        if c == 'g':
            if i >= n or src[i] != '<':
                fail("missing <", i)
            j = src.find('>', i + 1)
            if j < 0:
                if i + 1 >= n:
                    fail("missing group name", i + 1)
                fail("missing >, unterminated name", i + 1)
            name = src[i + 1:j]
            if not name:
                fail("missing group name", i + 1)
            i = j + 1
            if name.isidentifier():
                index = pattern._groupindex.get(name)
                if index is None:
                    raise IndexError("unknown group name '%s'" % name)
            else:
                if not (name.isdigit() and name.isascii()):
                    fail("bad character in group name '%s'" % name, j - len(name))
                index = int(name)
            addgroup(index, j - len(name))
        elif c == '0':
            v = 0
            k = 0
            while k < 2 and i < n and src[i] in '01234567':
                v = v * 8 + ord(src[i]) - 48
                i += 1
                k += 1
            lit.append(chr(v & 0xff))
        elif c in '123456789':
            digits = c
            if i < n and src[i] in '0123456789':
                digits += src[i]
                i += 1
                if c in '01234567' and digits[1] in '01234567' and i < n and src[i] in '01234567':
                    digits += src[i]
                    i += 1
                    v = int(digits, 8)
                    if v > 0o377:
                        fail('octal escape value \\%s outside of range 0-0o377' % digits, start)
                    lit.append(chr(v))
                    continue
            addgroup(int(digits), start + 1)
        else:
            e = _TEMPLATE_ESCAPES.get(c)
            if e is not None:
                lit.append(e)
            elif c in _ASCIILETTERS:
                fail('bad escape \\' + c, start)
            else:
                lit.append('\\' + c)
    if lit:
        items.append(''.join(lit))
    if isbytes:
        items = [x if isinstance(x, int) else bytes([ord(ch) for ch in x]) for x in items]
    return items


# ---- module-level functions ------------------------------------------------------------------
_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is not None:
        return p
    if not isinstance(pattern, (str, bytes, bytearray)):
        raise TypeError("first argument must be string or compiled pattern")
    if isinstance(pattern, str):
        if flags & 4:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        if flags & 256 and flags & 32:
            raise ValueError("ASCII and UNICODE flags are incompatible")
    else:
        if flags & 32:
            raise ValueError("cannot use UNICODE flag with a bytes pattern")
        if flags & 4 and flags & 256:
            raise ValueError("ASCII and LOCALE flags are incompatible")
    code, groups, groupindex, final = _sre.compile(pattern, int(flags))
    if code is None:
        if groupindex is None:
            raise error(groups)
        raise error(groups, pattern, groupindex)
    if isinstance(pattern, str):
        if final & 4:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        if not final & 256:
            final |= 32
        elif final & 32:
            raise ValueError("ASCII and UNICODE flags are incompatible")
    p = Pattern(pattern, final, code, groups, groupindex)
    if isinstance(pattern, bytearray):
        return p
    if len(_cache) >= _MAXCACHE:
        _cache.clear()
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string.  For each match, the iterator returns a Match object."""
    return _compile(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression caches"
    _cache.clear()


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object"
    return _compile(pattern, flags | 1)


_special_chars = {}
for _c in '()[]{}?*+-|^$\\.&~# \t\n\r\v\f':
    _special_chars[_c] = '\\' + _c
del _c


def escape(pattern):
    """
    Escape special characters in a string.
    """
    if isinstance(pattern, str):
        sc = _special_chars
        return ''.join([sc.get(c, c) for c in pattern])
    else:
        sc = _special_chars
        return bytes(''.join([sc.get(chr(c), chr(c)) for c in pattern]), 'latin-1')
