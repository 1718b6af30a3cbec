"""codecs: the codec registry (lookup, encode/decode, incremental and stream coders, iterencode/
iterdecode, open, BOM constants, error handlers) over pyex's encodings.

utf-8, ascii and latin-1 run natively in str.encode/bytes.decode; the other codecs here are Python:
utf-8-sig, utf-16/utf-32 (with and without BOM, -le/-be), single-byte charmaps (cp1252, cp1251,
cp1250, iso8859-2/-15, cp437, cp850, koi8-r, mac-roman), unicode_escape, raw_unicode_escape, and the
bytes-to-bytes/str-to-str codecs hex, base64, zlib and rot13. str.encode/bytes.decode/str()/bytes()
fall back to this module (_str_encode/_bytes_decode) for encodings the VM does not implement.
Errors carry CPython's UnicodeError messages. Custom error handlers (register_error) are used by
these Python codecs only, not by the native utf-8/ascii/latin-1 paths.
"""
import sys
import builtins

__all__ = ["register", "lookup", "open", "EncodedFile", "BOM", "BOM_BE", "BOM_LE", "BOM32_BE", "BOM32_LE",
           "BOM64_BE", "BOM64_LE", "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE", "BOM_UTF16_BE", "BOM_UTF32",
           "BOM_UTF32_LE", "BOM_UTF32_BE", "CodecInfo", "Codec", "IncrementalEncoder", "IncrementalDecoder",
           "StreamReader", "StreamWriter", "StreamReaderWriter", "StreamRecoder", "getencoder", "getdecoder",
           "getincrementalencoder", "getincrementaldecoder", "getreader", "getwriter", "encode", "decode",
           "iterencode", "iterdecode", "strict_errors", "ignore_errors", "replace_errors",
           "xmlcharrefreplace_errors", "backslashreplace_errors", "namereplace_errors", "register_error",
           "lookup_error"]

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
BOM = BOM_UTF16 = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE


class CodecInfo(tuple):
    """Codec details when looking up the codec registry."""
    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None, incrementalencoder=None,
                incrementaldecoder=None, name=None, *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (self.__class__.__module__, self.__class__.__qualname__,
                                                          self.name, id(self))


# ---- error handlers ----
def strict_errors(exc):
    raise exc


def ignore_errors(exc):
    if isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)):
        return ('', exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def replace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ('?' * (exc.end - exc.start), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        return ('\ufffd', exc.end)
    if isinstance(exc, UnicodeTranslateError):
        return ('\ufffd' * (exc.end - exc.start), exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def _esc(c):
    c = ord(c)
    if c < 0x100:
        return '\\x%02x' % c
    if c < 0x10000:
        return '\\u%04x' % c
    return '\\U%08x' % c


def backslashreplace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        return (''.join(_esc(c) for c in exc.object[exc.start:exc.end]), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        return (''.join('\\x%02x' % b for b in exc.object[exc.start:exc.end]), exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def xmlcharrefreplace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        return (''.join('&#%d;' % ord(c) for c in exc.object[exc.start:exc.end]), exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def namereplace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        import unicodedata
        out = []
        for c in exc.object[exc.start:exc.end]:
            try:
                out.append('\\N{%s}' % unicodedata.name(c))
            except ValueError:
                out.append(_esc(c))
        return (''.join(out), exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def _surrogateescape(exc):
    if isinstance(exc, UnicodeDecodeError):
        out = []
        for b in exc.object[exc.start:exc.end]:
            if b < 128:
                raise exc
            out.append(chr(0xdc00 + b))
        return (''.join(out), exc.end)
    if isinstance(exc, UnicodeEncodeError):
        out = []
        for c in exc.object[exc.start:exc.end]:
            if not 0xdc80 <= ord(c) <= 0xdcff:
                raise exc
            out.append(chr(ord(c) - 0xdc00))
        return (''.join(out), exc.end)     # bytes as latin-1 code points
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def _surrogatepass(exc):
    raise exc      # handled inside the utf-16/32 coders themselves


_error_handlers = {'strict': strict_errors, 'ignore': ignore_errors, 'replace': replace_errors,
                   'backslashreplace': backslashreplace_errors, 'xmlcharrefreplace': xmlcharrefreplace_errors,
                   'namereplace': namereplace_errors, 'surrogateescape': _surrogateescape,
                   'surrogatepass': _surrogatepass}


def register_error(name, error_handler):
    if not callable(error_handler):
        raise TypeError("handler must be callable")
    _error_handlers[name] = error_handler


def lookup_error(name):
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError("unknown error handler name '%s'" % name) from None


def _encode_error(codec, s, start, end, reason, errors, out):
    """Call the error handler for s[start:end]; append its replacement; return the resume index."""
    exc = UnicodeEncodeError(codec, s, start, end, reason)
    handler = lookup_error(errors)
    rep, pos = handler(exc)
    out.append(rep)
    return pos if pos >= 0 else len(s) + pos


def _decode_error(codec, b, start, end, reason, errors, out):
    exc = UnicodeDecodeError(codec, bytes(b), start, end, reason)
    handler = lookup_error(errors)
    rep, pos = handler(exc)
    out.append(rep)
    return pos if pos >= 0 else len(b) + pos


# ---- utf-16 / utf-32 ----
def _enc_wide(s, errors, width, big, codec):
    out = bytearray()
    order = 'big' if big else 'little'
    i, n = 0, len(s)
    while i < n:
        c = ord(s[i])
        if 0xd800 <= c <= 0xdfff and errors != 'surrogatepass':
            j = i + 1
            while j < n and 0xd800 <= ord(s[j]) <= 0xdfff:
                j += 1
            reps = []
            i = _encode_error(codec, s, i, j, 'surrogates not allowed', errors, reps)
            for r in reps:
                if isinstance(r, bytes):
                    out += r
                else:
                    for ch in r:
                        out += _enc_wide(ch, 'strict', width, big, codec)
            continue
        if width == 2 and c > 0xffff:
            c -= 0x10000
            out += (0xd800 | (c >> 10)).to_bytes(2, order) + (0xdc00 | (c & 0x3ff)).to_bytes(2, order)
        else:
            out += c.to_bytes(width, order)
        i += 1
    return bytes(out)


def _dec_wide(b, errors, width, big, codec, final=True):
    """(text, consumed) for utf-16/32 data in one byte order."""
    out = []
    order = 'big' if big else 'little'
    i, n = 0, len(b)
    while i < n:
        if i + width > n:
            if not final:
                break
            i = _decode_error(codec, b, i, n, 'truncated data', errors, out)
            continue
        c = int.from_bytes(b[i:i + width], order)
        if width == 2 and 0xd800 <= c <= 0xdbff:
            if i + 4 > n:
                if not final:
                    break
                i = _decode_error(codec, b, i, n, 'unexpected end of data', errors, out)
                continue
            c2 = int.from_bytes(b[i + 2:i + 4], order)
            if 0xdc00 <= c2 <= 0xdfff:
                out.append(chr(0x10000 + ((c - 0xd800) << 10) + (c2 - 0xdc00)))
                i += 4
                continue
            i = _decode_error(codec, b, i, i + 2, 'illegal UTF-16 surrogate', errors, out)
            continue
        if width == 2 and 0xdc00 <= c <= 0xdfff:
            i = _decode_error(codec, b, i, i + 2, 'illegal encoding', errors, out)
            continue
        if width == 4 and (c > 0x10ffff or 0xd800 <= c <= 0xdfff):
            i = _decode_error(codec, b, i, i + 4, 'code point not in range(0x110000)' if c > 0x10ffff
                              else 'code point in surrogate code point range(0xd800, 0xe000)', errors, out)
            continue
        out.append(chr(c))
        i += width
    return ''.join(out), i


def _wide_codec(name, width, big):
    def encode(s, errors='strict'):
        if big is None:
            return (_BOMS[width][0] + _enc_wide(s, errors, width, False, name), len(s))
        return (_enc_wide(s, errors, width, big, name), len(s))

    def decode(b, errors='strict', final=True):
        b = bytes(b)
        if big is None:
            bom_le, bom_be = _BOMS[width]
            if b[:width] == bom_le:
                t, used = _dec_wide(b[width:], errors, width, False, name, final)
                return t, used + width
            if b[:width] == bom_be:
                t, used = _dec_wide(b[width:], errors, width, True, name, final)
                return t, used + width
            return _dec_wide(b, errors, width, False, name, final)
        return _dec_wide(b, errors, width, big, name, final)
    return encode, decode


_BOMS = {2: (BOM_UTF16_LE, BOM_UTF16_BE), 4: (BOM_UTF32_LE, BOM_UTF32_BE)}


# ---- single-byte charmaps ----
def _charmap_codec(name):
    from _codec_tables import TABLES
    table = TABLES[name]
    enc_map = {c: i for i, c in enumerate(table) if c != '\ufffe'}

    def encode(s, errors='strict'):
        out = []
        i, n = 0, len(s)
        while i < n:
            b = enc_map.get(s[i])
            if b is None:
                j = i + 1
                while j < n and s[j] not in enc_map:
                    j += 1          # CPython reports the whole run of unencodable characters
                reps = []
                i = _encode_error('charmap', s, i, j, 'character maps to <undefined>', errors, reps)
                for r in reps:
                    for ch in (r.decode('latin-1') if isinstance(r, bytes) else r):
                        if ch not in enc_map:
                            raise UnicodeEncodeError('charmap', s, i - 1, i, 'character maps to <undefined>')
                        out.append(enc_map[ch])
                continue
            out.append(b)
            i += 1
        return bytes(out), len(s)

    def decode(b, errors='strict', final=True):
        b = bytes(b)
        out = []
        i, n = 0, len(b)
        while i < n:
            c = table[b[i]]
            if c == '\ufffe':
                i = _decode_error('charmap', b, i, i + 1, 'character maps to <undefined>', errors, out)
                continue
            out.append(c)
            i += 1
        return ''.join(out), n
    return encode, decode


# ---- escapes ----
def _unicode_escape_encode(s, errors='strict', raw=False):
    out = bytearray()
    for ch in s:
        c = ord(ch)
        if raw:
            if c < 0x100:
                out.append(c)
            elif c < 0x10000:
                out += b'\\u%04x' % c
            else:
                out += b'\\U%08x' % c
            continue
        if ch == '\\':
            out += b'\\\\'
        elif ch == '\t':
            out += b'\\t'
        elif ch == '\n':
            out += b'\\n'
        elif ch == '\r':
            out += b'\\r'
        elif 32 <= c < 127:
            out.append(c)
        elif c < 0x100:
            out += b'\\x%02x' % c
        elif c < 0x10000:
            out += b'\\u%04x' % c
        else:
            out += b'\\U%08x' % c
    return bytes(out), len(s)


_SIMPLE_ESC = {ord('\\'): '\\', ord("'"): "'", ord('"'): '"', ord('a'): '\a', ord('b'): '\b', ord('f'): '\f',
               ord('n'): '\n', ord('r'): '\r', ord('t'): '\t', ord('v'): '\v', ord('\n'): ''}


def _unicode_escape_decode(b, errors='strict', raw=False, final=True):
    b = bytes(b)
    codec = 'rawunicodeescape' if raw else 'unicodeescape'
    out = []
    i, n = 0, len(b)
    while i < n:
        c = b[i]
        if c != 0x5c or i + 1 >= n:
            if c == 0x5c and not raw:
                i = _decode_error(codec, b, i, n, '\\ at end of string', errors, out)
                continue
            out.append(chr(c))
            i += 1
            continue
        k = b[i + 1]
        if raw and k not in (0x75, 0x55):
            out.append('\\')
            i += 1
            continue
        if not raw and k in _SIMPLE_ESC:
            out.append(_SIMPLE_ESC[k])
            i += 2
            continue
        if not raw and 0x30 <= k <= 0x37:
            j = i + 1
            while j < n and j < i + 4 and 0x30 <= b[j] <= 0x37:
                j += 1
            out.append(chr(int(b[i + 1:j], 8)))
            i = j
            continue
        if not raw and k == 0x4e:
            # \N{NAME}
            close = b.find(b'}', i + 3) if b[i + 2:i + 3] == b'{' else -1
            ch = None
            if close > 0:
                try:
                    import unicodedata
                    ch = unicodedata.lookup(b[i + 3:close].decode('ascii'))
                except (KeyError, UnicodeDecodeError):
                    ch = None
            if ch is None:
                end = close + 1 if close > 0 else min(n, i + 2)
                i = _decode_error(codec, b, i, end, 'malformed \\N character escape' if close < 0
                                  else 'unknown Unicode character name', errors, out)
                continue
            out.append(ch)
            i = close + 1
            continue
        width = {0x78: 2, 0x75: 4, 0x55: 8}.get(k)
        if width is None or (raw and k == 0x78):
            out.append('\\')
            out.append(chr(k))
            i += 2
            continue
        digits = b[i + 2:i + 2 + width]
        if len(digits) < width or not all(ch in b'0123456789abcdefABCDEF' for ch in digits):
            bad = i + 2
            while bad < n and bad < i + 2 + width and b[bad] in b'0123456789abcdefABCDEF':
                bad += 1
            reason = {2: 'truncated \\xXX escape', 4: 'truncated \\uXXXX escape', 8: 'truncated \\UXXXXXXXX escape'}[width]
            i = _decode_error(codec, b, i, bad, reason, errors, out)
            continue
        v = int(digits, 16)
        if v > 0x10ffff:
            i = _decode_error(codec, b, i, i + 2 + width, 'illegal Unicode character', errors, out)
            continue
        out.append(chr(v))
        i += 2 + width
    return ''.join(out), n


# ---- bytes-to-bytes and str-to-str codecs ----
def _hex_encode(b, errors='strict'):
    import binascii
    return binascii.b2a_hex(b), len(b)


def _hex_decode(b, errors='strict', final=True):
    import binascii
    return binascii.a2b_hex(b), len(b)


def _base64_encode(b, errors='strict'):
    import base64
    return base64.encodebytes(b), len(b)


def _base64_decode(b, errors='strict', final=True):
    import base64
    return base64.decodebytes(b), len(b)


def _zlib_encode(b, errors='strict'):
    import zlib
    return zlib.compress(b), len(b)


def _zlib_decode(b, errors='strict', final=True):
    import zlib
    return zlib.decompress(b), len(b)


_ROT13 = str.maketrans('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
                       'NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm')


def _rot13(s, errors='strict', final=True):
    return s.translate(_ROT13), len(s)


def _native(enc):
    def encode(s, errors='strict'):
        return s.encode(enc, errors), len(s)

    def decode(b, errors='strict', final=True):
        b = bytes(b)
        if not final and enc == 'utf-8':
            # leave an incomplete trailing sequence for the next call
            cut = len(b)
            for back in range(1, min(4, len(b)) + 1):
                byte = b[-back]
                if byte & 0xc0 == 0x80:
                    continue
                need = 2 if byte & 0xe0 == 0xc0 else 3 if byte & 0xf0 == 0xe0 else 4 if byte & 0xf8 == 0xf0 else 1
                if need > back:
                    cut = len(b) - back
                break
            return b[:cut].decode(enc, errors), cut
        return b.decode(enc, errors), len(b)
    return encode, decode


def _utf8_sig():
    def encode(s, errors='strict'):
        return BOM_UTF8 + s.encode('utf-8', errors), len(s)

    def decode(b, errors='strict', final=True):
        b = bytes(b)
        if b[:3] == BOM_UTF8:
            t, used = _native('utf-8')[1](b[3:], errors, final)
            return t, used + 3
        return _native('utf-8')[1](b, errors, final)
    return encode, decode


_CANONICAL = {'utf_8': 'utf-8', 'ascii': 'ascii', 'latin_1': 'iso8859-1', 'utf_8_sig': 'utf-8-sig',
              'utf_16': 'utf-16', 'utf_16_le': 'utf-16-le', 'utf_16_be': 'utf-16-be', 'utf_32': 'utf-32',
              'utf_32_le': 'utf-32-le', 'utf_32_be': 'utf-32-be', 'unicode_escape': 'unicode-escape',
              'raw_unicode_escape': 'raw-unicode-escape', 'hex_codec': 'hex', 'base64_codec': 'base64',
              'zlib_codec': 'zlib', 'rot_13': 'rot-13', 'cp1252': 'cp1252', 'cp1251': 'cp1251', 'cp1250': 'cp1250',
              'iso8859_15': 'iso8859-15', 'iso8859_2': 'iso8859-2', 'cp437': 'cp437', 'cp850': 'cp850',
              'koi8_r': 'koi8-r', 'mac_roman': 'mac-roman'}
_NOT_TEXT = {'hex_codec', 'base64_codec', 'zlib_codec', 'rot_13'}


def _builtin_search(name):
    key = name
    if key not in _CANONICAL:
        from _codec_tables import ALIASES
        key = ALIASES.get(key)
        if key is None or key not in _CANONICAL:
            return None
    if key in ('utf_8', 'ascii', 'latin_1'):
        enc, dec = _native({'utf_8': 'utf-8', 'ascii': 'ascii', 'latin_1': 'latin-1'}[key])
    elif key == 'utf_8_sig':
        enc, dec = _utf8_sig()
    elif key.startswith(('utf_16', 'utf_32')):
        width = 2 if key.startswith('utf_16') else 4
        big = True if key.endswith('_be') else False if key.endswith('_le') else None
        enc, dec = _wide_codec(_CANONICAL[key], width, big)
    elif key == 'unicode_escape':
        enc, dec = (lambda s, errors='strict': _unicode_escape_encode(s, errors),
                    lambda b, errors='strict', final=True: _unicode_escape_decode(b, errors, False, final))
    elif key == 'raw_unicode_escape':
        enc, dec = (lambda s, errors='strict': _unicode_escape_encode(s, errors, True),
                    lambda b, errors='strict', final=True: _unicode_escape_decode(b, errors, True, final))
    elif key == 'hex_codec':
        enc, dec = _hex_encode, _hex_decode
    elif key == 'base64_codec':
        enc, dec = _base64_encode, _base64_decode
    elif key == 'zlib_codec':
        enc, dec = _zlib_encode, _zlib_decode
    elif key == 'rot_13':
        enc, dec = _rot13, _rot13
    else:
        enc, dec = _charmap_codec(key)
    return _make_info(_CANONICAL[key], enc, dec, key not in _NOT_TEXT)


def _make_info(name, enc, dec, text):
    bom_len = {'utf-16': 2, 'utf-32': 4, 'utf-8-sig': 3}.get(name, 0)
    def decode(b, errors='strict'):
        return dec(b, errors)

    class _IncEncoder(IncrementalEncoder):
        def encode(self, input, final=False):
            out = enc(input, self.errors)[0]
            if getattr(self, '_started', False) and bom_len and input:
                out = out[bom_len:]          # the BOM only starts the stream
            if input:
                self._started = True
            return out

        def reset(self):
            self._started = False

    class _IncDecoder(BufferedIncrementalDecoder):
        def _buffer_decode(self, input, errors, final):
            return dec(input, errors, final)

    class _Writer(StreamWriter):
        def encode(self, input, errors='strict'):
            return enc(input, errors)

    class _Reader(StreamReader):
        def decode(self, input, errors='strict'):
            return dec(input, errors)
    return CodecInfo(enc, decode, _Reader, _Writer, _IncEncoder, _IncDecoder, name=name, _is_text_encoding=text)


_search_functions = [_builtin_search]
_cache = {}


def register(search_function):
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function):
    try:
        _search_functions.remove(search_function)
    except ValueError:
        pass
    _cache.clear()


def _normalize(encoding):
    return '_'.join(encoding.lower().replace('-', ' ').split())


def lookup(encoding):
    """Look up a codec by name (case and '-'/'_'/' ' insensitive); LookupError if none."""
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    norm = _normalize(encoding)
    info = _cache.get(norm)
    if info is not None:
        return info
    for fn in _search_functions:
        info = fn(norm if fn is _builtin_search else encoding.lower().replace(' ', '_'))
        if info is not None:
            if not isinstance(info, CodecInfo):
                if not isinstance(info, tuple) or len(info) != 4:
                    raise TypeError("codec search functions must return 4-tuples")
                info = CodecInfo(*info)
            _cache[norm] = info
            return info
    raise LookupError("unknown encoding: %s" % encoding)


def encode(obj, encoding='utf-8', errors='strict'):
    info = lookup(encoding)
    try:
        return info.encode(obj, errors)[0]
    except (TypeError, ValueError) as e:
        if isinstance(e, UnicodeError) or info._is_text_encoding:
            raise
        raise type(e)("encoding with '%s' codec failed (%s: %s)" % (info.name, type(e).__name__, e)) from e


def decode(obj, encoding='utf-8', errors='strict'):
    info = lookup(encoding)
    try:
        return info.decode(obj, errors)[0]
    except (TypeError, ValueError) as e:
        if isinstance(e, UnicodeError) or info._is_text_encoding:
            raise
        raise type(e)("decoding with '%s' codec failed (%s: %s)" % (info.name, type(e).__name__, e)) from e


def _text_info(encoding, what):
    info = lookup(encoding)
    if not info._is_text_encoding:
        raise LookupError("'%s' is not a text encoding; use codecs.%s() to handle arbitrary codecs"
                          % (encoding, what))
    return info


def _str_encode(s, encoding, errors):
    """str.encode for encodings the VM lacks (called by the VM)."""
    result = _text_info(encoding, 'encode').encode(s, errors)[0]
    if not isinstance(result, bytes):
        raise TypeError("'%s' encoder returned '%s' instead of 'bytes'; use codecs.encode() to encode to "
                        "arbitrary types" % (encoding, type(result).__name__))
    return result


def _bytes_decode(b, encoding, errors):
    """bytes.decode / str(b, encoding) for encodings the VM lacks (called by the VM)."""
    result = _text_info(encoding, 'decode').decode(b, errors)[0]
    if not isinstance(result, str):
        raise TypeError("'%s' decoder returned '%s' instead of 'str'; use codecs.decode() to decode to "
                        "arbitrary types" % (encoding, type(result).__name__))
    return result


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors='strict', **kwargs):
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output


class Codec:
    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder:
    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class IncrementalDecoder:
    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class BufferedIncrementalEncoder(IncrementalEncoder):
    def __init__(self, errors='strict'):
        IncrementalEncoder.__init__(self, errors)
        self.buffer = ""

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        data = self.buffer + input
        (result, consumed) = self._buffer_encode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalEncoder.reset(self)
        self.buffer = ""


class BufferedIncrementalDecoder(IncrementalDecoder):
    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + bytes(input)
        (result, consumed) = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


class StreamWriter(Codec):
    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        pass

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReader(Codec):
    charbuffertype = str

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self._text = None
        self._pos = 0

    def _all(self):
        if self._text is None:
            self._text, _ = self.decode(self.stream.read(), self.errors)
        return self._text

    def read(self, size=-1, chars=-1, firstline=False):
        t = self._all()
        n = chars if chars >= 0 else (size if size >= 0 else len(t))
        out = t[self._pos:self._pos + n]
        self._pos += len(out)
        return out

    def readline(self, size=None, keepends=True):
        t = self._all()
        if self._pos >= len(t):
            return ''
        j = t.find('\n', self._pos)
        end = len(t) if j < 0 else j + 1
        line = t[self._pos:end]
        self._pos = end
        return line if keepends else line.rstrip('\r\n')

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        pass

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReaderWriter:
    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def reset(self):
        pass

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamRecoder(StreamReaderWriter):
    data_encoding = 'unknown'
    file_encoding = 'unknown'

    def __init__(self, stream, encode, decode, Reader, Writer, errors='strict'):
        StreamReaderWriter.__init__(self, stream, Reader, Writer, errors)
        self.encode = encode
        self.decode = decode

    def read(self, size=-1):
        data = self.reader.read(size)
        data, bytesencoded = self.encode(data, self.errors)
        return data

    def write(self, data):
        data, bytesdecoded = self.decode(data, self.errors)
        return self.writer.write(data)


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """Open a file with the given encoding (binary underneath, as CPython's codecs.open)."""
    if encoding is not None and 'b' not in mode:
        mode = mode + 'b'
    file = builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    try:
        info = lookup(encoding)
        srw = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
        srw.encoding = encoding
        return srw
    except:
        file.close()
        raise


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    if file_encoding is None:
        file_encoding = data_encoding
    data_info = lookup(data_encoding)
    file_info = lookup(file_encoding)
    sr = StreamRecoder(file, data_info.encode, data_info.decode, file_info.streamreader, file_info.streamwriter,
                       errors)
    sr.data_encoding = data_encoding
    sr.file_encoding = file_encoding
    return sr


def utf_8_encode(s, errors='strict'):
    return s.encode('utf-8', errors), len(s)


def utf_8_decode(b, errors='strict', final=False):
    return _native('utf-8')[1](b, errors, final)


def latin_1_encode(s, errors='strict'):
    return s.encode('latin-1', errors), len(s)


def latin_1_decode(b, errors='strict'):
    return bytes(b).decode('latin-1', errors), len(b)


def ascii_encode(s, errors='strict'):
    return s.encode('ascii', errors), len(s)


def ascii_decode(b, errors='strict'):
    return bytes(b).decode('ascii', errors), len(b)


def make_identity_dict(rng):
    return {i: i for i in rng}


def make_encoding_map(decoding_map):
    m = {}
    for k, v in decoding_map.items():
        if v not in m:
            m[v] = k
        else:
            m[v] = None
    return m


strict_errors.__name__ = 'strict_errors'
