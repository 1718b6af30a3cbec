"""zlib: compress/decompress (DEFLATE with zlib, gzip or raw framing), streaming
compressobj/decompressobj, crc32 and adler32, with CPython 3.11's API, constants and error
messages. The codec is written in Python for pyex (_zlib_deflate, _zlib_inflate); compressed
output follows zlib 1.2.13's choices (see _zlib_deflate)."""
import _binhelp
import binascii as _binascii
from _zlib_inflate import Inflater as _Inflater, DataError as _DataError, NeedDict as _NeedDict
from _zlib_deflate import Deflater as _Deflater

DEFLATED = 8
DEF_BUF_SIZE = 16384
DEF_MEM_LEVEL = 8
MAX_WBITS = 15
ZLIB_VERSION = '1.2.13'
ZLIB_RUNTIME_VERSION = '1.2.13'
Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_RLE = 3
Z_FIXED = 4
Z_DEFAULT_STRATEGY = 0
Z_NO_FLUSH = 0
Z_PARTIAL_FLUSH = 1
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
Z_BLOCK = 5
Z_TREES = 6


class error(Exception):
    pass


error.__module__ = 'zlib'


def crc32(data, value=0, /):
    return _binhelp.crc32(_binascii._data(data), value)


def adler32(data, value=1, /):
    return _binhelp.adler32(_binascii._data(data), value)


def _bytes(data):
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    if type(data).__name__ == 'memoryview':     # (pyex has no memoryview builtin yet)
        return data.tobytes()
    try:
        import array
        if isinstance(data, array.array):
            return data.tobytes()
    except ImportError:
        pass
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def _index(v, name):
    if isinstance(v, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    try:
        return v.__index__()
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__) from None


class _Framer:
    """zlib or gzip header/trailer around the deflate stream."""

    def __init__(self, level, method, wbits, memLevel, strategy, zdict=None):
        level = _index(level, 'level')
        wbits = _index(wbits, 'wbits')
        if level == -1:
            level = 6
        if not 0 <= level <= 9 or method != DEFLATED or not 1 <= memLevel <= 9 or not 0 <= strategy <= 4:
            raise error("Bad compression level") if not 0 <= level <= 9 or method != DEFLATED else ValueError("Invalid initialization option")
        if 9 <= wbits <= 15 or wbits == 8:
            self.wrap, w = 'zlib', wbits
        elif -15 <= wbits <= -8:
            self.wrap, w = 'raw', -wbits
        elif 25 <= wbits <= 31 or wbits == 24:
            self.wrap, w = 'gzip', wbits - 16
        else:
            raise error("Bad compression level")
        if w == 8:
            if self.wrap != 'zlib':
                raise error("Bad compression level")
            w = 9
        self.level, self.strategy, self.w = level, strategy, w
        self.d = _Deflater(level, w, memLevel, strategy, zdict)
        self.zdict = zdict
        self.started = False
        self.check = 1 if self.wrap == 'zlib' else 0
        self.size = 0
        self.finished = False

    def header(self):
        if self.wrap == 'zlib':
            cmf = ((self.w - 8) << 4) | 8
            if self.strategy >= Z_HUFFMAN_ONLY or self.level < 2:
                lf = 0
            elif self.level < 6:
                lf = 1
            elif self.level == 6:
                lf = 2
            else:
                lf = 3
            h = (cmf << 8) | (lf << 6)
            if self.zdict:
                h |= 0x20
            h += 31 - (h % 31)
            out = bytes((h >> 8, h & 255))
            if self.zdict:
                out += adler32(self.zdict).to_bytes(4, 'big')
            return out
        if self.wrap == 'gzip':
            xfl = 2 if self.level == 9 else (4 if self.strategy >= Z_HUFFMAN_ONLY or self.level < 2 else 0)
            return bytes((0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 3))
        return b''

    def feed(self, data, flush):
        out = b''
        if not self.started:
            self.started = True
            out = self.header()
        if data:
            if self.wrap == 'zlib':
                self.check = _binhelp.adler32(data, self.check)
            elif self.wrap == 'gzip':
                self.check = _binhelp.crc32(data, self.check)
            self.size += len(data)
            self.d.data += data
        if flush == Z_NO_FLUSH:
            self.d.run(0)
            out += self.d.take()
        else:
            out += self.d.flush(flush)
        if flush == Z_FINISH:
            if self.wrap == 'zlib':
                out += self.check.to_bytes(4, 'big')
            elif self.wrap == 'gzip':
                out += self.check.to_bytes(4, 'little') + (self.size & 0xffffffff).to_bytes(4, 'little')
            self.finished = True
        return out


def compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS):
    data = _bytes(data)
    f = _Framer(level, DEFLATED, wbits, DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY)
    return f.feed(data, Z_FINISH)


def _inflater(wbits, zdict=None):
    wbits = _index(wbits, 'wbits')
    try:
        return _Inflater(wbits, zdict)
    except ValueError:
        raise error("Error -2 while preparing to decompress data: inconsistent stream state") from None


def decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    data = _bytes(data)
    bufsize = _index(bufsize, 'bufsize')
    if bufsize < 0:
        raise ValueError("bufsize must be non-negative")
    inf = _inflater(wbits)
    try:
        out = inf.feed(data)
    except _DataError as e:
        raise error("Error -3 while decompressing data: %s" % e.args[0]) from None
    except _NeedDict:
        raise error("Error 2 while decompressing data") from None
    if not inf.eof:
        raise error("Error -5 while decompressing data: incomplete or truncated stream")
    return out


class Compress:
    def __init__(self, framer):
        self._f = framer

    def compress(self, data, /):
        data = _bytes(data)
        if self._f.finished:
            raise error("Error -2 while compressing data: inconsistent stream state")
        return self._f.feed(data, Z_NO_FLUSH)

    def flush(self, mode=Z_FINISH, /):
        mode = _index(mode, 'mode')
        if mode == Z_NO_FLUSH:
            return b''
        if self._f.finished:
            raise error("Error -2 while flushing: inconsistent stream state")
        if mode in (Z_BLOCK, Z_TREES):
            mode = Z_PARTIAL_FLUSH
        return self._f.feed(b'', mode)

    def copy(self):
        import copy
        if self._f.finished:
            raise ValueError("Inconsistent stream state")
        return Compress(copy.deepcopy(self._f))

    __copy__ = copy

    def __deepcopy__(self, memo):
        return self.copy()


Compress.__module__ = 'zlib'


def compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS, memLevel=DEF_MEM_LEVEL,
                strategy=Z_DEFAULT_STRATEGY, zdict=None):
    if zdict is not None:
        zdict = _bytes(zdict)
    return Compress(_Framer(level, method, wbits, memLevel, strategy, zdict or None))


class Decompress:
    def __init__(self, inf, zdict):
        self._i = inf
        self._zdict = zdict
        self.unused_data = b''
        self.unconsumed_tail = b''
        self.eof = False
        self._pending = b''

    def _run(self, data):
        try:
            out = self._i.feed(data)
        except _DataError as e:
            raise error("Error -3 while decompressing data: %s" % e.args[0]) from None
        except _NeedDict:
            raise error("Error 2 while decompressing data") from None
        if self._i.eof:
            self.eof = True
            self.unused_data += self._i.unused()
            self._i.inp = b''
            self._i.pos = 0
        return out

    def decompress(self, data, /, max_length=0):
        data = _bytes(data)
        max_length = _index(max_length, 'max_length')
        if max_length < 0:
            raise ValueError("max_length must be non-negative")
        if self.eof:
            self.unused_data += data
            return b''
        out = self._pending + self._run(data)
        self._pending = b''
        if max_length and len(out) > max_length:
            # CPython keeps the input that was not needed in unconsumed_tail; here the extra output
            # is held back and the tail reports that more remains
            self._pending = out[max_length:]
            out = out[:max_length]
            self.unconsumed_tail = b'\x00' if self._pending else b''
        else:
            self.unconsumed_tail = b''
        return out

    def flush(self, length=DEF_BUF_SIZE, /):
        length = _index(length, 'length')
        if length <= 0:
            raise ValueError("length must be greater than zero")
        out = self._pending
        self._pending = b''
        self.unconsumed_tail = b''
        return out

    def copy(self):
        import copy
        new = Decompress(copy.deepcopy(self._i), self._zdict)
        new.unused_data, new.unconsumed_tail, new.eof, new._pending = \
            self.unused_data, self.unconsumed_tail, self.eof, self._pending
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        return self.copy()


Decompress.__module__ = 'zlib'


def decompressobj(wbits=MAX_WBITS, zdict=b''):
    if zdict:
        zdict = _bytes(zdict)
    elif not isinstance(zdict, (bytes, bytearray)):
        raise TypeError("zdict argument must support the buffer protocol")
    return Decompress(_inflater(wbits, zdict or None), zdict)
