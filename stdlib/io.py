"""io: StringIO, BytesIO and the file objects behind open() (the sandbox filesystem capability).

A file's contents are read once at open; writes go through to the filesystem at once (appends
send only the new bytes), so `open(p, "w").write(s)` works without close(). Errors are
CPython's; paths resolve against os.getcwd() inside the sandbox tree.
"""

import _pyex

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    pass


_open_files = []


def _flush_all():
    # called by the VM when the program ends: write back files that were never closed
    for f in list(_open_files):
        try:
            f.flush()
        except Exception:
            pass


class IOBase:
    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def _checkClosed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        self._checkClosed()
        return False

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def flush(self):
        self._checkClosed()

    def readlines(self, hint=-1):
        if hint is None or hint <= 0:
            return list(self)
        lines = []
        n = 0
        for line in self:
            lines.append(line)
            n += len(line)
            if n >= hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    pass


def _check_newline(newline):
    if newline is not None and not isinstance(newline, str):
        raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
    if newline not in (None, "", "\n", "\r", "\r\n"):
        raise ValueError("illegal newline value: %s" % (newline,))


def _readline_of(text, pos, limit, newline):
    """End index of the line starting at pos (including its terminator)."""
    n = len(text)
    end = n if limit is None or limit < 0 else min(n, pos + limit)
    if newline is None or newline == "":
        j = text.find("\n", pos, end)
        k = text.find("\r", pos, j if j >= 0 else end)
        if k < 0:
            return j + 1 if j >= 0 else end
        if k + 1 < n and text[k + 1] == "\n" and (k + 1 < end or newline is None):
            return k + 2
        return k + 1
    j = text.find(newline, pos, end)
    if j < 0:
        return end
    return j + len(newline)


class StringIO(TextIOBase):
    def __init__(self, initial_value="", newline="\n"):
        _check_newline(newline)
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s" % type(initial_value).__name__)
        self._newline = newline
        self._buf = self._tr_in(initial_value)
        self._pos = 0
        self.closed = False

    def _checkClosed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def _tr_in(self, s):
        if self._newline is None:
            return s.replace("\r\n", "\n").replace("\r", "\n")
        if self._newline in ("\r", "\r\n"):
            return s.replace("\n", self._newline)
        return s

    def readable(self):
        self._checkClosed()
        return True

    def writable(self):
        self._checkClosed()
        return True

    def seekable(self):
        self._checkClosed()
        return True

    @property
    def newlines(self):
        return None

    @property
    def line_buffering(self):
        return False

    def getvalue(self):
        self._checkClosed()
        return self._buf

    def read(self, size=-1):
        self._checkClosed()
        if size is None or size < 0:
            r = self._buf[self._pos:]
        else:
            r = self._buf[self._pos:self._pos + size]
        self._pos += len(r)
        return r

    def readline(self, size=-1):
        self._checkClosed()
        if self._pos >= len(self._buf):
            return ""
        nl = self._newline
        end = _readline_of(self._buf, self._pos, size, "\n" if nl is None else nl)
        r = self._buf[self._pos:end]
        self._pos = end
        return r

    def write(self, s):
        self._checkClosed()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        s = self._tr_in(s)
        buf = self._buf
        pos = self._pos
        if pos == len(buf):
            self._buf = buf + s
        elif pos > len(buf):
            self._buf = buf + "\0" * (pos - len(buf)) + s
        else:
            self._buf = buf[:pos] + s + buf[pos + len(s):]
        self._pos = pos + len(s)
        return n

    def tell(self):
        self._checkClosed()
        return self._pos

    def seek(self, pos, whence=0):
        self._checkClosed()
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = len(self._buf)
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def truncate(self, size=None):
        self._checkClosed()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError("Negative size value %d" % size)
        self._buf = self._buf[:size]
        return size

    def close(self):
        self.closed = True

    def __repr__(self):
        return "<_io.StringIO object at 0x%x>" % id(self)


class BytesIO(BufferedIOBase):
    def __init__(self, initial_bytes=b""):
        if initial_bytes is None:
            initial_bytes = b""
        self._buf = bytearray(initial_bytes)
        self._pos = 0
        self.closed = False

    def readable(self):
        self._checkClosed()
        return True

    def writable(self):
        self._checkClosed()
        return True

    def seekable(self):
        self._checkClosed()
        return True

    def getvalue(self):
        self._checkClosed()
        return bytes(self._buf)

    def getbuffer(self):
        self._checkClosed()
        return self._buf

    def read(self, size=-1):
        self._checkClosed()
        if size is None or size < 0:
            r = bytes(self._buf[self._pos:])
        else:
            r = bytes(self._buf[self._pos:self._pos + size])
        self._pos += len(r)
        return r

    read1 = read

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._checkClosed()
        buf = self._buf
        end = len(buf) if size is None or size < 0 else min(len(buf), self._pos + size)
        j = buf.find(b"\n", self._pos, end)
        end = end if j < 0 else j + 1
        r = bytes(buf[self._pos:end])
        self._pos = end
        return r

    def write(self, b):
        self._checkClosed()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        b = bytes(b)
        pos = self._pos
        n = len(self._buf)
        if pos == n:
            self._buf += b
        else:
            if pos > n:
                self._buf += b"\0" * (pos - n)
            self._buf[pos:pos + len(b)] = b
        self._pos = pos + len(b)
        return len(b)

    def tell(self):
        self._checkClosed()
        return self._pos

    def seek(self, pos, whence=0):
        self._checkClosed()
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def truncate(self, size=None):
        self._checkClosed()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError("negative size value %d" % size)
        self._buf = self._buf[:size]
        return size

    def close(self):
        self.closed = True

    def __repr__(self):
        return "<_io.BytesIO object at 0x%x>" % id(self)


# ---- files ----------------------------------------------------------------------------------

def _parse_mode(mode):
    if not isinstance(mode, str):
        raise TypeError("open() argument 'mode' must be str, not %s" % type(mode).__name__)
    modes = set(mode)
    if modes - set("axrwb+t") or len(mode) > len(modes):
        raise ValueError("invalid mode: %r" % mode)
    creating = "x" in modes
    reading = "r" in modes
    writing = "w" in modes
    appending = "a" in modes
    updating = "+" in modes
    text = "t" in modes
    binary = "b" in modes
    if text and binary:
        raise ValueError("can't have text and binary mode at once")
    if creating + reading + writing + appending > 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    if not (creating or reading or writing or appending):
        raise ValueError("Must have exactly one of create/read/write/append mode and at most one plus")
    return creating, reading, writing, appending, updating, binary


class FileIO(RawIOBase):
    """A binary file of the sandbox filesystem (buffered whole in memory while open)."""

    def __init__(self, file, mode="r", closefd=True, opener=None):
        import os
        self.closed = True
        if isinstance(file, bool) or isinstance(file, int):
            raise OSError(9, "Bad file descriptor")
        path = os.fspath(file)
        if isinstance(path, bytes):
            path = path.decode()
        if "\0" in path:
            raise ValueError("embedded null byte")
        creating, reading, writing, appending, updating, binary = _parse_mode(mode.replace("t", "").replace("b", "") + "b")
        self.name = path
        self._path = os.path.abspath(path)
        self._shown = path
        self._readable = reading or updating
        self._writable = creating or writing or appending or updating
        self._append = appending
        self._dirty = False
        p = self._path
        if reading:
            self._data = bytearray(_pyex.call("fs.read", p, path))
            if updating:
                _pyex.call("fs.write", p, b"", "a", path)
        elif writing:
            _pyex.call("fs.write", p, b"", "w", path)
            self._data = bytearray()
        elif creating:
            _pyex.call("fs.write", p, b"", "x", path)
            self._data = bytearray()
        else:
            kind = _pyex.call("fs.kind", p, path)
            self._data = bytearray(_pyex.call("fs.read", p, path)) if kind == "file" else bytearray()
            _pyex.call("fs.write", p, b"", "a", path)
        self._pos = len(self._data) if appending else 0
        self._mode = ("xb" if creating else "rb" if reading else "wb" if writing else "ab")
        if updating:
            self._mode = "rb+" if reading or writing else self._mode + "+"
        self.closed = False
        _open_files.append(self)

    @property
    def mode(self):
        return self._mode

    def readable(self):
        self._checkClosed()
        return self._readable

    def writable(self):
        self._checkClosed()
        return self._writable

    def seekable(self):
        self._checkClosed()
        return True

    def _checkReadable(self):
        if not self._readable:
            raise UnsupportedOperation("not readable")

    def _checkWritable(self):
        if not self._writable:
            raise UnsupportedOperation("not writable")

    def read(self, size=-1):
        self._checkClosed()
        self._checkReadable()
        if size is None or size < 0:
            r = bytes(self._data[self._pos:])
        else:
            r = bytes(self._data[self._pos:self._pos + size])
        self._pos += len(r)
        return r

    readall = read
    read1 = read

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._checkClosed()
        self._checkReadable()
        data = self._data
        end = len(data) if size is None or size < 0 else min(len(data), self._pos + size)
        j = data.find(b"\n", self._pos, end)
        end = end if j < 0 else j + 1
        r = bytes(data[self._pos:end])
        self._pos = end
        return r

    def write(self, b):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        if not self._writable:
            raise UnsupportedOperation("not writable")
        if type(b) is not bytes:
            if isinstance(b, str):
                raise TypeError("a bytes-like object is required, not 'str'")
            b = bytes(b)
        data = self._data
        if self._append or self._pos == len(data):
            data += b
            self._pos = len(data)
            if b:
                # written through at once (CPython would flush when the object dies; open(p, "w").write(s) must work)
                _pyex.call("fs.write", self._path, b, "a", self._shown)
            return len(b)
        pos = self._pos
        if pos > len(data):
            data += b"\0" * (pos - len(data))
        data[pos:pos + len(b)] = b
        self._pos = pos + len(b)
        if b:
            self._dirty = True
            self.flush()
        return len(b)

    def tell(self):
        self._checkClosed()
        return self._pos

    def seek(self, pos, whence=0):
        self._checkClosed()
        if not isinstance(pos, int):
            raise TypeError("an integer is required")
        if whence == 0:
            if pos < 0:
                raise OSError(22, "Invalid argument")
            self._pos = pos
        elif whence == 1:
            if self._pos + pos < 0:
                raise OSError(22, "Invalid argument")
            self._pos += pos
        elif whence == 2:
            if len(self._data) + pos < 0:
                raise OSError(22, "Invalid argument")
            self._pos = len(self._data) + pos
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def truncate(self, size=None):
        self._checkClosed()
        self._checkWritable()
        if size is None:
            size = self._pos
        if size < 0:
            raise OSError(22, "Invalid argument")
        if size <= len(self._data):
            self._data = self._data[:size]
        else:
            self._data += b"\0" * (size - len(self._data))
        self._dirty = True
        self.flush()
        return size

    def flush(self):
        self._checkClosed()
        if self._dirty:
            self._dirty = False
            _pyex.call("fs.write", self._path, bytes(self._data), "w", self._shown)

    def close(self):
        if self.closed:
            return
        try:
            self.flush()
        finally:
            self.closed = True
            if self in _open_files:
                _open_files.remove(self)

    def __repr__(self):
        if self.closed:
            return "<_io.BufferedReader name=%r>" % (self.name,) if False else "<_io.FileIO [closed]>"
        kind = "BufferedReader" if self._mode == "rb" else "BufferedWriter" if "+" not in self._mode else "BufferedRandom"
        return "<_io.%s name=%r>" % (kind, self.name)


BufferedReader = BufferedWriter = BufferedRandom = FileIO


class TextIOWrapper(TextIOBase):
    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False, write_through=False):
        _check_newline(newline)
        if encoding is None:
            encoding = "utf-8"
        if errors is None:
            errors = "strict"
        enc = encoding.lower().replace("_", "-")
        if enc in ("utf8", "utf-8", "u8"):
            enc = "utf-8"
        elif enc in ("latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1"):
            enc = "latin-1"
        elif enc in ("ascii", "us-ascii"):
            enc = "ascii"
        elif enc in ("utf-8-sig",):
            enc = "utf-8-sig"
        else:
            raise LookupError("unknown encoding: %s" % encoding)
        self.buffer = buffer
        self.encoding = encoding
        self._enc = enc
        self.errors = errors
        self._newline = newline
        self._text = None       # decoded text from _tstart (raw byte offset) on, or None
        self._tpos = 0
        self._tstart = 0
        self.line_buffering = line_buffering

    def _buffer_check(self, checker, predicate):
        # FileIO-style buffers have their own checks; any other binary object (BytesIO,
        # GzipFile, user classes) is asked readable()/writable()
        chk = getattr(self.buffer, checker, None)
        if chk is not None:
            chk()
        elif not getattr(self.buffer, predicate)():
            raise UnsupportedOperation('not ' + predicate)

    @property
    def name(self):
        return self.buffer.name

    @property
    def mode(self):
        return getattr(self, "_mode", None) or self.buffer.mode.replace("b", "")

    @property
    def closed(self):
        return self.buffer.closed

    @property
    def newlines(self):
        return None

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return self.buffer.seekable()

    def _decode(self, b):
        if self._enc == "utf-8-sig":
            if b[:3] == b"\xef\xbb\xbf":
                b = b[3:]
            return b.decode("utf-8", self.errors)
        return b.decode(self._enc, self.errors)

    def _fill(self):
        if self._text is None:
            buf = self.buffer
            self._tstart = buf._pos
            self._text = self._decode(bytes(buf._data[buf._pos:]))
            self._tpos = 0

    def _drop(self):
        if self._text is not None:
            self.buffer._pos = self._tell()
            self._text = None

    def _tell(self):
        if self._text is None:
            return self.buffer._pos
        consumed = self._text[:self._tpos]
        enc = "utf-8" if self._enc == "utf-8-sig" else self._enc
        return self._tstart + len(consumed.encode(enc, "surrogateescape" if self.errors == "surrogateescape" else "replace"))

    def read(self, size=-1):
        self._checkClosed()
        self._buffer_check('_checkReadable', 'readable')
        if size is not None and not isinstance(size, int):
            raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
        self._fill()
        text = self._text
        if size is None or size < 0:
            r = text[self._tpos:]
            self._tpos = len(text)
            if self._newline is None:
                r = r.replace("\r\n", "\n").replace("\r", "\n")
            return r
        if self._newline is not None:
            r = text[self._tpos:self._tpos + size]
            self._tpos += len(r)
            return r
        out = []
        i = self._tpos
        n = len(text)
        while len(out) < size and i < n:
            c = text[i]
            if c == "\r":
                out.append("\n")
                i += 2 if i + 1 < n and text[i + 1] == "\n" else 1
            else:
                out.append(c)
                i += 1
        self._tpos = i
        return "".join(out)

    def readline(self, size=-1):
        self._checkClosed()
        self._buffer_check('_checkReadable', 'readable')
        self._fill()
        text = self._text
        if self._tpos >= len(text):
            return ""
        end = _readline_of(text, self._tpos, size, self._newline)
        r = text[self._tpos:end]
        self._tpos = end
        if self._newline is None and "\r" in r:
            r = r.replace("\r\n", "\n").replace("\r", "\n")
        return r

    def write(self, s):
        buf = self.buffer
        if buf.closed:
            raise ValueError("I/O operation on closed file.")
        if type(s) is not str and not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        if self._text is not None:
            self._drop()
        n = len(s)
        nl = self._newline
        if nl and nl != "\n" and "\n" in s:
            s = s.replace("\n", nl)
        if self._enc == "utf-8-sig":
            if buf._pos == 0 and not buf._data:
                buf.write(b"\xef\xbb\xbf")
            buf.write(s.encode("utf-8", self.errors))
        else:
            buf.write(s.encode(self._enc, self.errors))
        return n

    def tell(self):
        self._checkClosed()
        return self._tell()

    def seek(self, cookie, whence=0):
        self._checkClosed()
        if whence == 1:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            return self.tell()
        if whence == 2:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self._text = None
            return self.buffer.seek(0, 2)
        if whence != 0:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        if cookie < 0:
            raise ValueError("negative seek position %d" % cookie)
        self._text = None
        return self.buffer.seek(cookie)

    def truncate(self, pos=None):
        self._checkClosed()
        self._drop()
        return self.buffer.truncate(pos)

    def flush(self):
        self._checkClosed()
        self.buffer.flush()

    def close(self):
        if not self.buffer.closed:
            self._drop()
            self.buffer.close()

    def detach(self):
        self._drop()
        b = self.buffer
        return b

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def __repr__(self):
        return "<_io.TextIOWrapper name=%r mode=%r encoding=%r>" % (self.name, self.mode, self.encoding)


def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None):
    if not isinstance(mode, str):
        raise TypeError("open() argument 'mode' must be str, not %s" % type(mode).__name__)
    creating, reading, writing, appending, updating, binary = _parse_mode(mode)
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if not binary:
        _check_newline(newline)
        if encoding is not None and not isinstance(encoding, str):
            raise TypeError("open() argument 'encoding' must be str or None, not %s" % type(encoding).__name__)
    raw = FileIO(file, mode.replace("t", ""))
    if binary:
        return raw
    try:
        t = TextIOWrapper(raw, encoding, errors, newline)
        t._mode = mode
        return t
    except BaseException:
        raw.close()
        raise


def text_encoding(encoding, stacklevel=2):
    return "utf-8" if encoding is None else encoding


open_code = open
