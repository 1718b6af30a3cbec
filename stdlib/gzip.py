"""gzip: compress/decompress, GzipFile and open over pyex's zlib, with CPython 3.11's header
layout (mtime from the run's clock unless given, OS byte 255 for GzipFile; zlib's own gzip
framing for compress(mtime=0)), multi-member reading and its errors."""
import builtins
import io
import os
import struct
import sys
import time
import zlib

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16
READ, WRITE = 1, 2
_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9
READ_BUFFER_SIZE = 128 * 1024


class BadGzipFile(OSError):
    """Exception raised in some cases for invalid gzip files."""


def write32u(output, value):
    output.write(struct.pack("<L", value))


def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST, encoding=None, errors=None, newline=None):
    """Open a gzip-compressed file in binary or text mode."""
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        if encoding is not None:
            raise ValueError("Argument 'encoding' not supported in binary mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary mode")
        if newline is not None:
            raise ValueError("Argument 'newline' not supported in binary mode")
    gz_mode = mode.replace("t", "")
    if isinstance(filename, (str, bytes, os.PathLike)):
        binary_file = GzipFile(filename, gz_mode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        binary_file = GzipFile(None, gz_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    if "t" in mode:
        return io.TextIOWrapper(binary_file, encoding, errors, newline)
    return binary_file


def _xfl(level):
    return 2 if level == _COMPRESS_LEVEL_BEST else (4 if level == _COMPRESS_LEVEL_FAST else 0)


class GzipFile(io.BufferedIOBase if hasattr(io, 'BufferedIOBase') else object):
    """A file-like object over a gzip stream (read or write; not both)."""

    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=_COMPRESS_LEVEL_BEST, fileobj=None, mtime=None):
        if mode and ('t' in mode or 'U' in mode):
            raise ValueError("Invalid mode: {!r}".format(mode))
        if mode and 'b' not in mode:
            mode += 'b'
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or 'rb')
        if filename is None:
            filename = getattr(fileobj, 'name', '')
            if not isinstance(filename, (str, bytes)):
                filename = ''
        else:
            filename = os.fspath(filename)
        origmode = mode
        if mode is None:
            mode = getattr(fileobj, 'mode', 'rb')
        self._closed = False
        if mode.startswith('r'):
            self.mode = READ
            self._buf = None      # decompressed lazily, all members
            self._pos = 0
            self.name = filename
            self._mtime = None
        elif mode.startswith(('w', 'a', 'x')):
            if origmode is None:
                import warnings
                warnings.warn("GzipFile was opened for writing, but this will change in future Python "
                              "releases.  Specify the mode argument for opening it for writing.", FutureWarning, 2)
            self.mode = WRITE
            self._init_write(filename)
            self.compress = zlib.compressobj(compresslevel, zlib.DEFLATED, -zlib.MAX_WBITS, zlib.DEF_MEM_LEVEL, 0)
            self._write_mtime = mtime
            self._level = compresslevel
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))
        self.fileobj = fileobj
        if self.mode == WRITE:
            self._write_gzip_header(compresslevel)

    @property
    def mtime(self):
        """Last modification time read from stream, or None (before the first read)."""
        return self._mtime

    def __repr__(self):
        s = repr(self.fileobj)
        return '<gzip ' + s[1:-1] + ' ' + hex(id(self)) + '>'

    def _init_write(self, filename):
        self.name = filename
        self.crc = zlib.crc32(b"")
        self.size = 0
        self.writebuf = []
        self.bufsize = 0
        self.offset = 0

    def _write_gzip_header(self, compresslevel):
        self.fileobj.write(b'\037\213')
        self.fileobj.write(b'\010')
        try:
            fname = os.path.basename(self.name)
            if not isinstance(fname, bytes):
                fname = fname.encode('latin-1')
            if fname.endswith(b'.gz'):
                fname = fname[:-3]
        except UnicodeEncodeError:
            fname = b''
        flags = 0
        if fname:
            flags = FNAME
        self.fileobj.write(chr(flags).encode('latin-1'))
        mtime = self._write_mtime
        if mtime is None:
            mtime = time.time()
        write32u(self.fileobj, int(mtime))
        self.fileobj.write(bytes((_xfl(compresslevel),)))
        self.fileobj.write(b'\377')
        if fname:
            self.fileobj.write(fname + b'\000')

    def write(self, data):
        self._check_not_closed()
        if self.mode != WRITE:
            import errno
            raise OSError(errno.EBADF, "write() on read-only GzipFile object")
        if self.fileobj is None:
            raise ValueError("write() on closed GzipFile object")
        if isinstance(data, (bytes, bytearray)):
            length = len(data)
        else:
            data = bytes(data)
            length = len(data)
        if length > 0:
            self.fileobj.write(self.compress.compress(data))
            self.size += length
            self.crc = zlib.crc32(data, self.crc)
            self.offset += length
        return length

    def _load(self):
        if self._buf is None:
            raw = self.fileobj.read()
            members, mtime = _decompress_members(raw)
            self._buf = members
            self._mtime = mtime

    @property
    def _data(self):
        # the decompressed bytes (io.TextIOWrapper reads a buffer's _data/_pos directly)
        self._load()
        return self._buf

    def read(self, size=-1):
        self._check_not_closed()
        if self.mode != READ:
            import errno
            raise OSError(errno.EBADF, "read() on write-only GzipFile object")
        self._load()
        if size is None or size < 0:
            out = self._data[self._pos:]
        else:
            out = self._data[self._pos:self._pos + size]
        self._pos += len(out)
        return out

    def read1(self, size=-1):
        return self.read(size)

    def peek(self, n):
        self._load()
        return self._data[self._pos:self._pos + max(n, 1)]

    def readline(self, size=-1):
        self._check_not_closed()
        self._load()
        end = self._data.find(b'\n', self._pos)
        end = len(self._data) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        out = self._data[self._pos:end]
        self._pos = end
        return out

    def readlines(self, hint=-1):
        lines = []
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    @property
    def closed(self):
        return self.fileobj is None

    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        self.fileobj = None
        try:
            if self.mode == WRITE:
                fileobj.write(self.compress.flush())
                write32u(fileobj, self.crc)
                write32u(fileobj, self.size & 0xffffffff)
        finally:
            myfileobj = self.myfileobj
            if myfileobj:
                self.myfileobj = None
                myfileobj.close()

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_not_closed()
        if self.mode == WRITE:
            self.fileobj.write(self.compress.flush(zlib_mode))
            self.fileobj.flush()

    def fileno(self):
        return self.fileobj.fileno()

    def rewind(self):
        if self.mode != READ:
            raise OSError("Can't rewind in write mode")
        self._pos = 0

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return True

    def tell(self):
        self._check_not_closed()
        return self.offset if self.mode == WRITE else self._pos

    def seek(self, offset, whence=io.SEEK_SET if hasattr(io, 'SEEK_SET') else 0):
        if self.mode == WRITE:
            if whence == 1:
                offset = self.offset + offset
            elif whence != 0:
                raise ValueError('Seek from end not supported')
            if offset < self.offset:
                raise OSError('Negative seek in write mode')
            self.write(b'\0' * (offset - self.offset))
            return self.offset
        self._load()
        if whence == 1:
            offset = self._pos + offset
        elif whence == 2:
            raise ValueError("Seek from end not supported")
        self._pos = max(0, offset)
        return self._pos

    def _check_not_closed(self):
        if self.fileobj is None:
            raise ValueError("I/O operation on closed file")

    def __enter__(self):
        self._check_not_closed()
        return self

    def __exit__(self, *exc):
        self.close()


def _read_header(data, pos):
    """Parse one member header at pos: (offset of the deflate data, mtime), or None at the end."""
    magic = data[pos:pos + 2]
    if magic == b'':
        return None
    if magic != b'\037\213':
        raise BadGzipFile('Not a gzipped file (%r)' % magic)
    if len(data) < pos + 10:
        raise EOFError("Compressed file ended before the end-of-stream marker was reached")
    method, flag, mtime = struct.unpack("<BBIxx", data[pos + 2:pos + 10])
    if method != 8:
        raise BadGzipFile('Unknown compression method')
    p = pos + 10
    if flag & FEXTRA:
        extra_len, = struct.unpack("<H", data[p:p + 2])
        p += 2 + extra_len
    if flag & FNAME:
        p = data.index(b'\0', p) + 1
    if flag & FCOMMENT:
        p = data.index(b'\0', p) + 1
    if flag & FHCRC:
        p += 2
    if p > len(data):
        raise EOFError("Compressed file ended before the end-of-stream marker was reached")
    return p, mtime


def _decompress_members(data, detail=True):
    out = []
    pos = 0
    first_mtime = None
    while True:
        h = _read_header(data, pos)
        if h is None:
            break
        p, mtime = h
        if first_mtime is None:
            first_mtime = mtime
        do = zlib.decompressobj(wbits=-zlib.MAX_WBITS)
        chunk = do.decompress(data[p:])
        if not do.eof:
            raise EOFError("Compressed file ended before the end-of-stream marker was reached")
        rest = do.unused_data
        if len(rest) < 8:
            raise EOFError("Compressed file ended before the end-of-stream marker was reached")
        crc32, isize = struct.unpack("<II", rest[:8])
        if crc32 != zlib.crc32(chunk):
            if detail:
                raise BadGzipFile("CRC check failed %s != %s" % (hex(crc32), hex(zlib.crc32(chunk))))
            raise BadGzipFile("CRC check failed")
        if isize != (len(chunk) & 0xffffffff):
            raise BadGzipFile("Incorrect length of data produced")
        out.append(chunk)
        pos = len(data) - len(rest) + 8
        # zero padding between members is allowed
        while pos < len(data) and data[pos] == 0:
            pos += 1
    return b''.join(out), first_mtime


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """Compress data in one shot and return the gzip-compressed bytes."""
    if mtime is None:
        mtime = time.time()
    if mtime == 0:
        # CPython 3.11 lets zlib write the whole member (its header has OS byte 3)
        return zlib.compress(data, level=compresslevel, wbits=31)
    header = struct.pack("<BBBBLBB", 0x1f, 0x8b, 8, 0, int(mtime), _xfl(compresslevel), 255)
    trailer = struct.pack("<LL", zlib.crc32(data), (len(data) & 0xffffffff))
    return header + zlib.compress(data, level=compresslevel, wbits=-15) + trailer


def decompress(data):
    """Decompress a gzip compressed string in one shot (all members)."""
    return _decompress_members(bytes(data), False)[0]
