"""array: typed arrays of numbers (and 'u' characters) as CPython 3.11 on 64-bit Linux (item sizes,
range checks and messages); items are kept in a list, bytes come from struct (little-endian)."""

import struct as _struct

__all__ = ["array", "ArrayType", "typecodes"]

typecodes = "bBuhHiIlLqQfd"

# code: (itemsize, min, max, struct code, overflow-high message, overflow-low message)
_INT = {
    "b": (1, -128, 127, "b", "signed char is greater than maximum", "signed char is less than minimum"),
    "B": (1, 0, 255, "B", "unsigned byte integer is greater than maximum", "unsigned byte integer is less than minimum"),
    "h": (2, -32768, 32767, "h", "signed short integer is greater than maximum", "signed short integer is less than minimum"),
    "H": (2, 0, 65535, "H", "unsigned short is greater than maximum", "unsigned short is less than minimum"),
    "i": (4, -2 ** 31, 2 ** 31 - 1, "i", "signed integer is greater than maximum", "signed integer is less than minimum"),
    "I": (4, 0, 2 ** 32 - 1, "I", "unsigned int is greater than maximum", "can't convert negative value to unsigned int"),
    "l": (8, -2 ** 63, 2 ** 63 - 1, "q", "Python int too large to convert to C long", "Python int too large to convert to C long"),
    "L": (8, 0, 2 ** 64 - 1, "Q", "Python int too large to convert to C unsigned long", "can't convert negative value to unsigned int"),
    "q": (8, -2 ** 63, 2 ** 63 - 1, "q", "int too big to convert", "int too big to convert"),
    "Q": (8, 0, 2 ** 64 - 1, "Q", "int too big to convert", "can't convert negative int to unsigned"),
}
_LONG_MIN, _LONG_MAX = -2 ** 63, 2 ** 63 - 1


def _check_int(code, v):
    if not isinstance(v, int):
        idx = getattr(type(v), "__index__", None)
        if idx is None:
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
        v = idx(v)
    size, lo, hi, _, msg_hi, msg_lo = _INT[code]
    if code in "bBhHi" and not _LONG_MIN <= v <= _LONG_MAX:
        raise OverflowError("Python int too large to convert to C long")
    if code in "IL" and v > 2 ** 64 - 1:
        raise OverflowError("Python int too large to convert to C unsigned long")
    if v > hi:
        raise OverflowError(msg_hi)
    if v < lo:
        raise OverflowError(msg_lo)
    return int(v)


class _SliceType:
    def __getitem__(self, i):
        return type(i)


_slice = _SliceType()[:]   # the slice type


def _f32(x):
    return _struct.unpack("<f", _struct.pack("<f", x))[0]


def _check(code, v):
    if code in _INT:
        return _check_int(code, v)
    if code == "u":
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError("array item must be unicode character")
        return v
    if isinstance(v, float):
        f = v
    elif isinstance(v, int):
        f = float(v)
    else:
        conv = getattr(type(v), "__float__", None) or getattr(type(v), "__index__", None)
        if conv is None:
            raise TypeError("must be real number, not %s" % type(v).__name__)
        f = float(v)
    return _f32(f) if code == "f" else f


class array:
    __slots__ = ("typecode", "_a")

    def __new__(cls, typecode, initializer=None):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError("array() argument 1 must be a unicode character, not %s" % type(typecode).__name__)
        if typecode not in typecodes:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self = object.__new__(cls)
        self.typecode = typecode
        self._a = []
        if initializer is None:
            return self
        if isinstance(initializer, str):
            if typecode != "u":
                raise TypeError("cannot use a str to initialize an array with typecode '%s'" % typecode)
            self._a = list(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array):
            if typecode == "u" and initializer.typecode != "u" or typecode != "u" and initializer.typecode == "u":
                raise TypeError("cannot use a unicode array to initialize an array with typecode '%s'" % typecode)
            self._a = [_check(typecode, v) for v in initializer._a]
        else:
            for v in initializer:
                self._a.append(_check(typecode, v))
        return self

    def __init__(self, typecode, initializer=None):
        pass

    @property
    def itemsize(self):
        return 4 if self.typecode in "uf" else (8 if self.typecode == "d" else _INT[self.typecode][0])

    def _same(self, other, what):
        if not isinstance(other, array):
            raise TypeError(what)
        return other

    # ---- sequence protocol ----
    def __len__(self):
        return len(self._a)

    def __iter__(self):
        return iter(list(self._a))

    def __contains__(self, v):
        return v in self._a

    def __getitem__(self, i):
        if isinstance(i, _slice):
            r = array(self.typecode)
            r._a = self._a[i]
            return r
        try:
            return self._a[i]
        except IndexError:
            raise IndexError("array index out of range") from None

    def __setitem__(self, i, v):
        if isinstance(i, _slice):
            if not isinstance(v, array):
                raise TypeError('can only assign array (not "%s") to array slice' % type(v).__name__)
            if v.typecode != self.typecode:
                raise TypeError("bad argument type for built-in operation")
            self._a[i] = list(v._a)
            return
        v = _check(self.typecode, v)
        try:
            self._a[i] = v
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __delitem__(self, i):
        try:
            del self._a[i]
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __add__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        if other.typecode != self.typecode:
            raise TypeError("bad argument type for built-in operation")
        r = array(self.typecode)
        r._a = self._a + other._a
        return r

    def __iadd__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        self.extend(other)
        return self

    def __mul__(self, n):
        if not isinstance(n, int):
            return NotImplemented
        r = array(self.typecode)
        r._a = self._a * n
        return r

    __rmul__ = __mul__

    def __imul__(self, n):
        if not isinstance(n, int):
            return NotImplemented
        self._a *= n
        return self

    def _cmp_list(self, other):
        if not isinstance(other, array):
            return None
        return other._a

    def __eq__(self, other):
        o = self._cmp_list(other)
        return NotImplemented if o is None else self._a == o

    def __ne__(self, other):
        o = self._cmp_list(other)
        return NotImplemented if o is None else self._a != o

    def __lt__(self, other):
        o = self._cmp_list(other)
        return NotImplemented if o is None else self._a < o

    def __le__(self, other):
        o = self._cmp_list(other)
        return NotImplemented if o is None else self._a <= o

    def __gt__(self, other):
        o = self._cmp_list(other)
        return NotImplemented if o is None else self._a > o

    def __ge__(self, other):
        o = self._cmp_list(other)
        return NotImplemented if o is None else self._a >= o

    __hash__ = None

    def __repr__(self):
        if not self._a:
            return "array('%s')" % self.typecode
        if self.typecode == "u":
            return "array('u', %r)" % "".join(self._a)
        return "array('%s', %r)" % (self.typecode, self._a)

    def __copy__(self):
        r = array(self.typecode)
        r._a = list(self._a)
        return r

    def __deepcopy__(self, memo):
        return self.__copy__()

    def __reduce_ex__(self, proto):
        return (array, (self.typecode, list(self._a)))

    # ---- methods ----
    def append(self, v):
        self._a.append(_check(self.typecode, v))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable.typecode != self.typecode:
                raise TypeError("can only extend with array of same kind")
            self._a.extend(iterable._a)
            return
        for v in iterable:
            self._a.append(_check(self.typecode, v))

    def insert(self, i, v):
        self._a.insert(i, _check(self.typecode, v))

    def pop(self, i=-1):
        if not self._a:
            raise IndexError("pop from empty array")
        try:
            return self._a.pop(i)
        except IndexError:
            raise IndexError("pop index out of range") from None

    def remove(self, v):
        try:
            self._a.remove(v)
        except ValueError:
            raise ValueError("array.remove(x): x not in array") from None

    def index(self, v, start=0, stop=None):
        n = len(self._a)
        if stop is None:
            stop = n
        try:
            return self._a.index(v, start, stop)
        except ValueError:
            raise ValueError("array.index(x): x not in array") from None

    def count(self, v):
        return self._a.count(v)

    def reverse(self):
        self._a.reverse()

    def tolist(self):
        return list(self._a)

    def fromlist(self, lst):
        if not isinstance(lst, list):
            raise TypeError("arg must be list")
        new = [_check(self.typecode, v) for v in lst]
        self._a.extend(new)

    def _fmt(self, n):
        code = self.typecode
        if code == "u":
            return "<%dI" % n
        if code in "fd":
            return "<%d%s" % (n, code)
        return "<%d%s" % (n, _INT[code][3])

    def tobytes(self):
        vals = [ord(c) for c in self._a] if self.typecode == "u" else self._a
        return _struct.pack(self._fmt(len(vals)), *vals)

    def frombytes(self, buffer):
        b = bytes(buffer)
        size = self.itemsize
        if len(b) % size:
            raise ValueError("bytes length not a multiple of item size")
        vals = _struct.unpack(self._fmt(len(b) // size), b)
        if self.typecode == "u":
            vals = [chr(v) for v in vals]
        self._a.extend(vals)

    def tounicode(self):
        if self.typecode != "u":
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return "".join(self._a)

    def fromunicode(self, s):
        if self.typecode != "u":
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        if not isinstance(s, str):
            raise TypeError("fromunicode() argument must be str, not %s" % type(s).__name__)
        self._a.extend(s)

    def byteswap(self):
        size = self.itemsize
        if size == 1:
            return
        b = self.tobytes()
        swapped = b"".join(b[i:i + size][::-1] for i in range(0, len(b), size))
        self._a = []
        self.frombytes(swapped)

    def buffer_info(self):
        return (0, len(self._a))

    def __class_getitem__(cls, item):
        return cls


array.__module__ = "array"
ArrayType = array
