"""binascii: hex, base64 and CRC-32 conversions between binary data and ASCII."""
import _binhelp

__all__ = ['Error', 'Incomplete', 'hexlify', 'unhexlify', 'b2a_hex', 'a2b_hex', 'b2a_base64', 'a2b_base64',
           'crc32', 'crc_hqx']


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


Error.__module__ = 'binascii'
Incomplete.__module__ = 'binascii'

_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64REV = [-1] * 256
for _i, _c in enumerate(_B64):
    _B64REV[_c] = _i
del _i, _c


def _data(x):
    if isinstance(x, bytes):
        return x
    if isinstance(x, bytearray):
        return bytes(x)
    if isinstance(x, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return bytes(memoryview(x))
    except Exception:
        raise TypeError("a bytes-like object is required, not '%s'" % type(x).__name__) from None


def _ascii_data(x):
    if isinstance(x, str):
        if not x.isascii():
            raise ValueError("string argument should contain only ASCII characters")
        return x.encode('ascii')
    if isinstance(x, (bytes, bytearray)):
        return bytes(x)
    try:
        return bytes(memoryview(x))
    except Exception:
        raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'" % type(x).__name__) from None


def hexlify(data, sep=None, bytes_per_sep=1):
    data = _data(data)
    if sep is None:
        return data.hex().encode('ascii')
    if isinstance(sep, str):
        sep = sep.encode('ascii') if sep.isascii() else sep
    return data.hex(sep, bytes_per_sep).encode('ascii')


b2a_hex = hexlify


def unhexlify(hexstr):
    s = _ascii_data(hexstr)
    if len(s) % 2:
        raise Error("Odd-length string")
    if s and not s.isalnum():
        raise Error("Non-hexadecimal digit found")
    try:
        return bytes.fromhex(s.decode('ascii'))
    except ValueError:
        raise Error("Non-hexadecimal digit found") from None


a2b_hex = unhexlify


def b2a_base64(data, *, newline=True):
    data = _data(data)
    out = bytearray()
    t = _B64
    n = len(data)
    full = n - n % 3
    for i in range(0, full, 3):
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((t[v >> 18], t[(v >> 12) & 63], t[(v >> 6) & 63], t[v & 63]))
    r = n - full
    if r == 1:
        v = data[full] << 16
        out += bytes((t[v >> 18], t[(v >> 12) & 63], 61, 61))
    elif r == 2:
        v = (data[full] << 16) | (data[full + 1] << 8)
        out += bytes((t[v >> 18], t[(v >> 12) & 63], t[(v >> 6) & 63], 61))
    if newline:
        out.append(10)
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    s = _ascii_data(data)
    rev = _B64REV
    out = bytearray()
    quad = 0
    left = 0
    pads = 0
    padding = False
    ndata = 0
    i = 0
    n = len(s)
    if strict_mode and n and s[0] == 61:
        raise Error("Leading padding not allowed")
    while i < n:
        c = s[i]
        i += 1
        if c == 61:
            padding = True
            pads += 1
            if quad >= 2 and quad + pads >= 4:
                if strict_mode and i < n:
                    raise Error("Excess data after padding")
                return bytes(out)
            continue
        v = rev[c]
        if v < 0:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            continue
        if strict_mode and padding:
            raise Error("Discontinuous padding not allowed")
        pads = 0
        ndata += 1
        if quad == 0:
            quad = 1
            left = v
        elif quad == 1:
            quad = 2
            out.append(((left << 2) | (v >> 4)) & 255)
            left = v & 15
        elif quad == 2:
            quad = 3
            out.append(((left << 4) | (v >> 2)) & 255)
            left = v & 3
        else:
            quad = 0
            out.append(((left << 6) | v) & 255)
    if quad != 0:
        if quad == 1:
            raise Error("Invalid base64-encoded string: number of data characters (%d) cannot be 1 more "
                        "than a multiple of 4" % ndata)
        raise Error("Incorrect padding")
    return bytes(out)


def crc32(data, crc=0, /):
    return _binhelp.crc32(_data(data), crc)


def crc_hqx(data, crc, /):
    crc &= 0xffff
    for b in _data(data):
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xffff if crc & 0x8000 else (crc << 1) & 0xffff
    return crc
