"""_codecs: encode/decode between str and bytes by codec name (the text encodings pyex's str and
bytes support); pickle protocols 0-2 refer to _codecs.encode for bytes."""


def encode(obj, encoding='utf-8', errors='strict'):
    if not isinstance(obj, str):
        raise TypeError("utf_8_encode() argument 1 must be str, not %s" % type(obj).__name__)
    return obj.encode(encoding, errors)


def decode(obj, encoding='utf-8', errors='strict'):
    if isinstance(obj, str):
        obj = obj.encode('latin-1')
    return bytes(obj).decode(encoding, errors)
