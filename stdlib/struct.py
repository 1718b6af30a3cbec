"""struct: pack/unpack binary records (format characters and byte orders as CPython 3.11 on x86-64)."""
import _binhelp

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack', 'Struct', 'error']


class error(Exception):
    pass


error.__module__ = 'struct'

# code -> (standard size, native size); native alignment equals the native size
_SIZES = {'x': (1, 1), 'c': (1, 1), 'b': (1, 1), 'B': (1, 1), '?': (1, 1), 'h': (2, 2), 'H': (2, 2),
          'i': (4, 4), 'I': (4, 4), 'l': (4, 8), 'L': (4, 8), 'q': (8, 8), 'Q': (8, 8),
          'n': (None, 8), 'N': (None, 8), 'P': (None, 8), 'e': (2, 2), 'f': (4, 4), 'd': (8, 8),
          's': (1, 1), 'p': (1, 1)}
_SIGNED = frozenset('bhilqn')
_SMALL_NAMES = {'b': 'byte', 'B': 'ubyte', 'h': 'short', 'H': 'ushort'}


def _parse(fmt):
    if isinstance(fmt, bytes):
        fmt = fmt.decode('latin-1')
    elif not isinstance(fmt, str):
        raise TypeError("Struct() argument 1 must be a str or bytes object, not %s" % type(fmt).__name__)
    native = True
    little = True
    i = 0
    if fmt and fmt[0] in '@=<>!':
        c = fmt[0]
        native = c == '@'
        little = c in '@=<'
        i = 1
    items = []   # (code, count, offset, size)
    offset = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c.isspace():
            i += 1
            continue
        count = None
        if c.isdigit():
            j = i
            while j < n and fmt[j].isdigit():
                j += 1
            count = int(fmt[i:j])
            i = j
            if i >= n:
                raise error("repeat count given without format specifier")
            c = fmt[i]
        i += 1
        if c not in _SIZES:
            raise error("bad char in struct format")
        std, nat = _SIZES[c]
        if native:
            size = nat
        else:
            if std is None:
                raise error("bad char in struct format")
            size = std
        if count is None:
            count = 1
        if native and c not in 'spx' and size > 1:
            offset = (offset + size - 1) // size * size
        if c in 'sp':
            items.append((c, count, offset, count))
            offset += count
        elif c == 'x':
            offset += count
        else:
            for _ in range(count):
                items.append((c, 1, offset, size))
                offset += size
    return items, offset, little, native


def _toint(v):
    if isinstance(v, int):
        return int(v)
    if hasattr(type(v), '__index__'):
        return type(v).__index__(v)
    raise error("required argument is not an integer")


def _pack_int(code, v, size, little, native):
    v = _toint(v)
    signed = code in _SIGNED
    bits = size * 8
    if code == 'P':
        v &= (1 << 64) - 1
        signed = False
    if signed:
        lo, hi = -(1 << (bits - 1)), (1 << (bits - 1)) - 1
    else:
        lo, hi = 0, (1 << bits) - 1
    if not lo <= v <= hi:
        if code in _SMALL_NAMES:
            raise error("%s format requires %d <= number <= %d" % (_SMALL_NAMES[code], lo, hi))
        if size == 4 and ((signed and -(1 << 63) <= v < (1 << 63)) or (not signed and 0 <= v < (1 << 64))):
            raise error("'%s' format requires %d <= number <= %d" % (code, lo, hi))
        raise error("argument out of range")
    return (v & ((1 << bits) - 1)).to_bytes(size, 'little' if little else 'big')


def _pack_float(code, v, little, native):
    if not isinstance(v, float):
        if isinstance(v, int) or hasattr(type(v), '__float__'):
            v = float(v)
        else:
            raise error("required argument is not a float")
    if code == 'd':
        return (_binhelp.f64_bits(v) & 0xFFFFFFFFFFFFFFFF).to_bytes(8, 'little' if little else 'big')
    if code == 'f':
        b = _binhelp.f32_bits(v)
        if b < 0:
            if native:
                b = 0x7f800000 if v > 0 else 0xff800000
            else:
                raise OverflowError("float too large to pack with f format")
        return b.to_bytes(4, 'little' if little else 'big')
    b = _binhelp.f16_bits(v)
    if b < 0:
        raise OverflowError("float too large to pack with e format")
    return b.to_bytes(2, 'little' if little else 'big')


def _bytes_like(buf):
    if isinstance(buf, (bytes, bytearray)):
        return bytes(buf)
    if isinstance(buf, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return bytes(memoryview(buf))
    except Exception:
        raise TypeError("a bytes-like object is required, not '%s'" % type(buf).__name__) from None


class Struct:
    def __init__(self, format):
        self._items, self.size, self._little, self._native = _parse(format)
        self.format = format.decode('latin-1') if isinstance(format, bytes) else format
        self._nargs = len(self._items)

    def __repr__(self):
        return 'Struct(%r)' % (self.format,)

    def pack(self, *args):
        if len(args) != self._nargs:
            raise error("pack expected %d items for packing (got %d)" % (self._nargs, len(args)))
        out = bytearray(self.size)
        little, native = self._little, self._native
        for (code, count, off, size), v in zip(self._items, args):
            if code == 's' or code == 'p':
                if not isinstance(v, (bytes, bytearray)):
                    raise error("argument for '%s' must be a bytes object" % code)
                if code == 's':
                    data = bytes(v[:count])
                    out[off:off + len(data)] = data
                elif count > 0:
                    data = bytes(v[:count - 1])
                    out[off] = min(len(data), 255)
                    out[off + 1:off + 1 + len(data)] = data
            elif code == 'c':
                if not isinstance(v, (bytes, bytearray)) or len(v) != 1:
                    raise error("char format requires a bytes object of length 1")
                out[off] = v[0]
            elif code == '?':
                out[off] = 1 if v else 0
            elif code in 'efd':
                out[off:off + size] = _pack_float(code, v, little, native)
            else:
                out[off:off + size] = _pack_int(code, v, size, little, native)
        return bytes(out)

    def pack_into(self, buffer, offset, *args):
        data = self.pack(*args)
        n = len(buffer)
        if offset < 0:
            if offset + n < 0:
                raise error("offset %d out of range for %d-byte buffer" % (offset, n))
            offset += n
        if n - offset < self.size:
            raise error("pack_into requires a buffer of at least %d bytes for packing %d bytes at offset %d (actual buffer size is %d)"
                        % (self.size + offset, self.size, offset, n))
        buffer[offset:offset + self.size] = data

    def _unpack_at(self, b, base):
        res = []
        little = self._little
        order = 'little' if little else 'big'
        for code, count, off, size in self._items:
            o = base + off
            if code == 's':
                res.append(b[o:o + count])
            elif code == 'p':
                if count == 0:
                    res.append(b'')
                else:
                    ln = min(b[o], count - 1)
                    res.append(b[o + 1:o + 1 + ln])
            elif code == 'c':
                res.append(b[o:o + 1])
            elif code == '?':
                res.append(b[o] != 0)
            elif code == 'd':
                res.append(_binhelp.bits_f64(int.from_bytes(b[o:o + 8], order, signed=True)))
            elif code == 'f':
                res.append(_binhelp.bits_f32(int.from_bytes(b[o:o + 4], order)))
            elif code == 'e':
                res.append(_binhelp.bits_f16(int.from_bytes(b[o:o + 2], order)))
            else:
                res.append(int.from_bytes(b[o:o + size], order, signed=code in _SIGNED))
        return tuple(res)

    def unpack(self, buffer):
        b = _bytes_like(buffer)
        if len(b) != self.size:
            raise error("unpack requires a buffer of %d bytes" % self.size)
        return self._unpack_at(b, 0)

    def unpack_from(self, buffer, offset=0):
        b = _bytes_like(buffer)
        n = len(b)
        if offset < 0:
            if offset + n < 0:
                raise error("offset %d out of range for %d-byte buffer" % (offset, n))
            offset += n
        if n - offset < self.size:
            raise error("unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d (actual buffer size is %d)"
                        % (self.size + offset, self.size, offset, n))
        return self._unpack_at(b, offset)

    def iter_unpack(self, buffer):
        b = _bytes_like(buffer)
        if self.size == 0:
            raise error("cannot iteratively unpack with a struct of length 0")
        if len(b) % self.size:
            raise error("iterative unpacking requires a buffer of a multiple of %d bytes" % self.size)
        return (self._unpack_at(b, i) for i in range(0, len(b), self.size))


_cache = {}


def _get(fmt):
    s = _cache.get(fmt)
    if s is None:
        s = Struct(fmt)
        if len(_cache) > 100:
            _cache.clear()
        _cache[fmt] = s
    return s


def calcsize(format, /):
    return _get(format).size


def pack(format, /, *args):
    return _get(format).pack(*args)


def pack_into(format, buffer, offset, /, *args):
    return _get(format).pack_into(buffer, offset, *args)


def unpack(format, buffer, /):
    return _get(format).unpack(buffer)


def unpack_from(format, /, buffer, offset=0):
    return _get(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer, /):
    return _get(format).iter_unpack(buffer)
