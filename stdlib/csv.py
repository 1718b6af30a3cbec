"""csv: reading and writing comma-separated values (CPython 3.11's _csv state machine, in Python)."""

import re as _re
from io import StringIO

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "Error", "Dialect", "excel", "excel_tab", "unix_dialect", "field_size_limit",
           "reader", "writer", "register_dialect", "get_dialect", "list_dialects",
           "unregister_dialect", "Sniffer", "DictReader", "DictWriter", "__version__"]

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)

_field_limit = 128 * 1024


class Error(Exception):
    pass


Error.__module__ = "_csv"


def field_size_limit(*args, **kwargs):
    global _field_limit
    if kwargs:
        raise TypeError("field_size_limit() takes no keyword arguments")
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, got %d" % len(args))
    old = _field_limit
    if args:
        new = args[0]
        if not isinstance(new, int):
            raise TypeError("limit must be an integer")
        _field_limit = new
    return old


def _char_attr(name, value, default, allow_none):
    if value is None:
        if allow_none:
            return None
        raise TypeError('"%s" must be a 1-character string' % name)
    if not isinstance(value, str):
        if allow_none:
            raise TypeError('"%s" must be string or None, not %s' % (name, type(value).__name__))
        raise TypeError('"%s" must be string, not %s' % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


class _Dialect:
    """The validated dialect object readers and writers carry (_csv.Dialect)."""

    __slots__ = ("delimiter", "quotechar", "escapechar", "doublequote", "skipinitialspace",
                 "lineterminator", "quoting", "strict")

    def __init__(self, dialect=None, **kw):
        if dialect is not None:
            if isinstance(dialect, str):
                dialect = get_dialect(dialect)
        def pick(name, default):
            if name in kw:
                v = kw[name]
            elif dialect is not None and hasattr(dialect, name):
                v = getattr(dialect, name)
            else:
                return default
            if v is None and name == "quoting":
                raise TypeError('"quoting" must be an integer')
            return v
        for k in kw:
            if k not in _Dialect.__slots__:
                raise TypeError("'%s' is an invalid keyword argument for Dialect()" % k)
        quoting = pick("quoting", None)
        quotechar = pick("quotechar", '"')
        if quoting is None:
            quoting = QUOTE_NONE if quotechar is None else QUOTE_MINIMAL
        elif not isinstance(quoting, int):
            raise TypeError('"quoting" must be an integer')
        if quoting not in (0, 1, 2, 3):
            raise TypeError('bad "quoting" value')
        delimiter = pick("delimiter", ",")
        if not isinstance(delimiter, str):
            raise TypeError('"delimiter" must be string, not %s' % type(delimiter).__name__)
        if len(delimiter) != 1:
            raise TypeError('"delimiter" must be a 1-character string')
        if quotechar is not None:
            if not isinstance(quotechar, str):
                raise TypeError('"quotechar" must be string or None, not %s' % type(quotechar).__name__)
            if len(quotechar) != 1:
                raise TypeError('"quotechar" must be a 1-character string')
        elif quoting != QUOTE_NONE:
            raise TypeError("quotechar must be set if quoting enabled")
        escapechar = pick("escapechar", None)
        if escapechar is not None:
            if not isinstance(escapechar, str):
                raise TypeError('"escapechar" must be string or None, not %s' % type(escapechar).__name__)
            if len(escapechar) != 1:
                raise TypeError('"escapechar" must be a 1-character string')
        lineterminator = pick("lineterminator", "\r\n")
        if not isinstance(lineterminator, str):
            raise TypeError('"lineterminator" must be a string')
        self.delimiter = delimiter
        self.quotechar = quotechar
        self.escapechar = escapechar
        self.doublequote = bool(pick("doublequote", True))
        self.skipinitialspace = bool(pick("skipinitialspace", False))
        self.lineterminator = lineterminator
        self.quoting = quoting
        self.strict = bool(pick("strict", False))

    def __setattr__(self, name, value):
        if hasattr(self, "strict") and name in _Dialect.__slots__:
            raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable" % name)
        object.__setattr__(self, name, value)


class Dialect:
    """Describe a CSV dialect (subclass and set the attributes)."""
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Dialect(self)
        except TypeError as e:
            raise Error(str(e))


class excel(Dialect):
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\r\n"
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    delimiter = "\t"


class unix_dialect(Dialect):
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = QUOTE_ALL


_dialects = {}


def register_dialect(name, dialect=None, **kw):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _Dialect(dialect, **kw)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect")


def list_dialects():
    return list(_dialects)


register_dialect("excel", excel)
register_dialect("excel-tab", excel_tab)
register_dialect("unix", unix_dialect)

# reader states
_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD, \
    _ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, _AFTER_ESCAPED_CRNL = range(9)


class _reader:
    def __init__(self, f, dialect="excel", **kw):
        self._it = iter(f)
        self.dialect = _Dialect(dialect, **kw)
        self.line_num = 0

    def __iter__(self):
        return self

    def _save_field(self):
        field = "".join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            field = float(field)
        self._fields.append(field)

    def _add_char(self, c):
        if len(self._field) >= _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        self._field.append(c)

    def __next__(self):
        self._fields = []
        self._field = []
        self._numeric = False
        self._state = _START_RECORD
        proc = self._process
        while True:
            try:
                line = next(self._it)
            except StopIteration:
                if len(self._field) != 0 or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error("unexpected end of data")
                    self._save_field()
                    return self._fields
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s "
                            "(the file should be opened in text mode)" % type(line).__name__)
            self.line_num += 1
            for c in line:
                proc(c)
            proc(None)
            if self._state == _START_RECORD:
                return self._fields

    def _process(self, c):
        # c is one character, or None for the end of a line
        d = self.dialect
        state = self._state
        if state == _IN_FIELD or state == _AFTER_ESCAPED_CRNL:
            if state == _AFTER_ESCAPED_CRNL and c is None:
                return
            if c is None or c == "\n" or c == "\r":
                self._save_field()
                self._state = _START_RECORD if c is None else _EAT_CRNL
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            else:
                self._add_char(c)
                self._state = _IN_FIELD
            return
        if state == _IN_QUOTED_FIELD:
            if c is None:
                pass
            elif c == d.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
            else:
                self._add_char(c)
            return
        if state == _START_RECORD:
            if c is None:
                return
            if c == "\n" or c == "\r":
                self._state = _EAT_CRNL
                return
            state = self._state = _START_FIELD
        if state == _START_FIELD:
            if c is None or c == "\n" or c == "\r":
                self._save_field()
                self._state = _START_RECORD if c is None else _EAT_CRNL
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == " " and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save_field()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add_char(c)
                self._state = _IN_FIELD
        elif state == _ESCAPED_CHAR:
            if c == "\n" or c == "\r":
                self._add_char(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            self._add_char("\n" if c is None else c)
            self._state = _IN_FIELD
        elif state == _ESCAPE_IN_QUOTED_FIELD:
            self._add_char("\n" if c is None else c)
            self._state = _IN_QUOTED_FIELD
        elif state == _QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add_char(c)
                self._state = _IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            elif c is None or c == "\n" or c == "\r":
                self._save_field()
                self._state = _START_RECORD if c is None else _EAT_CRNL
            elif not d.strict:
                self._add_char(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%s' expected after '%s'" % (d.delimiter, d.quotechar))
        elif state == _EAT_CRNL:
            if c == "\n" or c == "\r":
                pass
            elif c is None:
                self._state = _START_RECORD
            else:
                raise Error("new-line character seen in unquoted field - "
                            "do you need to open the file in universal-newline mode?")


def reader(csvfile, dialect=None, **fmtparams):
    return _reader(csvfile, dialect, **fmtparams)


class _writer:
    def __init__(self, f, dialect="excel", **kw):
        try:
            self._write = f.write
        except AttributeError:
            raise TypeError('argument 1 must have a "write" method')
        self.dialect = _Dialect(dialect, **kw)

    def _field(self, s, quoted, out):
        d = self.dialect
        delim = d.delimiter
        quote = d.quotechar
        esc = d.escapechar
        lt = d.lineterminator
        quoting = d.quoting
        buf = []
        for c in s:
            want_escape = False
            if c == delim or c == esc or c == quote or c in lt or c == "\n" or c == "\r":
                if quoting == QUOTE_NONE:
                    want_escape = True
                else:
                    if c == quote:
                        if d.doublequote:
                            buf.append(quote)
                        else:
                            want_escape = True
                    elif c == esc:
                        want_escape = True
                    if not want_escape:
                        quoted = True
                if want_escape:
                    if esc is None:
                        raise Error("need to escape, but no escapechar set")
                    buf.append(esc)
            buf.append(c)
        if quoted:
            out.append(quote + "".join(buf) + quote)
        else:
            out.append("".join(buf))

    def writerow(self, row):
        d = self.dialect
        try:
            it = iter(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__)
        out = []
        n = 0
        quoting = d.quoting
        for field in it:
            if quoting == QUOTE_NONNUMERIC:
                quoted = not isinstance(field, (int, float, complex)) and not _is_number(field)
            elif quoting == QUOTE_ALL:
                quoted = True
            else:
                quoted = False
            if field is None:
                s = ""
            elif isinstance(field, str):
                s = field
            else:
                s = str(field)
            if n:
                out.append(d.delimiter)
            self._field(s, quoted, out)
            n += 1
        if n == 1 and out[0] == "":
            if quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            out[0] = d.quotechar * 2
        out.append(d.lineterminator)
        return self._write("".join(out))

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def _is_number(x):
    t = type(x)
    for k in t.__mro__:
        if k.__name__ in ("Decimal", "Fraction") or (hasattr(k, "__index__") and k is not object and hasattr(k, "__float__")):
            return True
    return hasattr(t, "__float__") or hasattr(t, "__index__")


def writer(csvfile, dialect=None, **fmtparams):
    return _writer(csvfile, dialect, **fmtparams)


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong = rowdict.keys() - self.fieldnames
            if wrong:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in wrong]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))


class Sniffer:
    """Deduce the format of a CSV file (CPython's heuristics)."""

    def __init__(self):
        self.preferred = [",", "\t", ";", " ", ":"]

    def sniff(self, sample, delimiters=None):
        quotechar, doublequote, delimiter, skipinitialspace = \
            self._guess_quote_and_delimiter(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._guess_delimiter(sample, delimiters)
        if not delimiter:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = "\r\n"
            quoting = QUOTE_MINIMAL

        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace
        return dialect

    def _guess_quote_and_delimiter(self, data, delimiters):
        matches = []
        for restr in (r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?P=delim)',
                      r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?P<delim>[^\w\n"\'])(?P<space> ?)',
                      r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
                      r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?:$|\n)'):
            regexp = _re.compile(restr, _re.DOTALL | _re.MULTILINE)
            matches = regexp.findall(data)
            if matches:
                break
        if not matches:
            return ("", False, None, 0)
        quotes = {}
        delims = {}
        spaces = 0
        groupindex = regexp.groupindex
        for m in matches:
            n = groupindex["quote"] - 1
            key = m[n]
            if key:
                quotes[key] = quotes.get(key, 0) + 1
            try:
                n = groupindex["delim"] - 1
                key = m[n]
            except KeyError:
                continue
            if key and (delimiters is None or key in delimiters):
                delims[key] = delims.get(key, 0) + 1
            try:
                n = groupindex["space"] - 1
            except KeyError:
                continue
            if m[n]:
                spaces += 1
        quotechar = max(quotes, key=quotes.get)
        if delims:
            delim = max(delims, key=delims.get)
            skipinitialspace = delims[delim] == spaces
            if delim == "\n":
                delim = ""
        else:
            delim = ""
            skipinitialspace = 0
        dq_regexp = _re.compile(
            r"((%(delim)s)|^)\W*%(quote)s[^%(delim)s\n]*%(quote)s[^%(delim)s\n]*%(quote)s\W*((%(delim)s)|$)" %
            {"delim": _re.escape(delim), "quote": quotechar}, _re.MULTILINE)
        if dq_regexp.search(data):
            doublequote = True
        else:
            doublequote = False
        return (quotechar, doublequote, delim, skipinitialspace)

    def _guess_delimiter(self, data, delimiters):
        # For every ASCII character, tally how many lines contain it exactly k times; a delimiter
        # is a character whose most common count is positive and consistent across the lines
        # (the same heuristic CPython uses), looked at in growing chunks of ten lines.
        lines = [ln for ln in data.split("\n") if ln]
        nlines = len(lines)
        chunk = min(10, nlines)
        tallies = {}
        modes = {}
        found = {}
        rounds = 0
        lo = 0
        while lo < nlines:
            rounds += 1
            for ln in lines[lo:lo + chunk]:
                for code in range(127):
                    ch = chr(code)
                    t = tallies.setdefault(ch, {})
                    k = ln.count(ch)
                    t[k] = t.get(k, 0) + 1
            for ch, t in tallies.items():
                pairs = list(t.items())
                if len(pairs) == 1:
                    if pairs[0][0] == 0:
                        continue
                    modes[ch] = pairs[0]
                    continue
                best = max(pairs, key=lambda p: p[1])
                others = sum(p[1] for p in pairs) - best[1]
                modes[ch] = (best[0], best[1] - others)
            seen = float(min(chunk * rounds, nlines))
            level = 1.0
            while not found and level >= 0.9:
                for ch, (k, n) in modes.items():
                    if k > 0 and n > 0 and n / seen >= level and (delimiters is None or ch in delimiters):
                        found[ch] = (k, n)
                level -= 0.01
            if len(found) == 1:
                ch = next(iter(found))
                return (ch, lines[0].count(ch) == lines[0].count(ch + " "))
            lo += chunk
        if not found:
            return ("", 0)
        if len(found) > 1:
            for ch in self.preferred:
                if ch in found:
                    return (ch, lines[0].count(ch) == lines[0].count(ch + " "))
        ch = max((v, k) for k, v in found.items())[1]
        return (ch, lines[0].count(ch) == lines[0].count(ch + " "))

    def has_header(self, sample):
        # Columns whose later values are all numbers (or all of one length) vote for a header
        # when the first row's cell does not fit that pattern, against it when it does.
        rows = reader(StringIO(sample), self.sniff(sample))
        header = next(rows)
        width = len(header)
        kinds = dict.fromkeys(range(width))
        for n, row in enumerate(rows):
            if n > 20:
                break
            if len(row) != width:
                continue
            for col in list(kinds):
                try:
                    complex(row[col])
                    kind = complex
                except (ValueError, OverflowError):
                    kind = len(row[col])
                if kinds[col] is None:
                    kinds[col] = kind
                elif kind != kinds[col]:
                    del kinds[col]
        votes = 0
        for col, kind in kinds.items():
            if isinstance(kind, int):
                votes += 1 if len(header[col]) != kind else -1
            else:
                try:
                    kind(header[col])
                    votes -= 1
                except (ValueError, TypeError):
                    votes += 1
        return votes > 0
