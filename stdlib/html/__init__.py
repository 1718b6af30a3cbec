"""html: escape() and unescape() as CPython 3.11 (HTML5 character references, all named ones)."""

import re as _re

__all__ = ["escape", "unescape"]


def escape(s, quote=True):
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace("'", "&#x27;")
    return s


# numeric references 0x80-0x9F mean their windows-1252 characters (HTML5 tokenizer rule)
_CP1252 = ("\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f"
           "\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178")

_ref = _re.compile(r"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)")
_table = None


def _numeric(text):
    if text[1] in "xX":
        num = int(text[2:].rstrip(";"), 16)
    else:
        num = int(text[1:].rstrip(";"))
    if num == 0:
        return "\ufffd"
    if num == 0x0D:
        return "\r"
    if 0x80 <= num <= 0x9F:
        return _CP1252[num - 0x80]
    if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
        return "\ufffd"
    if (1 <= num <= 8 or num == 0x0B or 0x0E <= num <= 0x1F or num == 0x7F
            or 0xFDD0 <= num <= 0xFDEF or (num & 0xFFFE) == 0xFFFE):
        return ""
    return chr(num)


def _replace(m):
    global _table
    text = m.group(1)
    if text[0] == "#":
        return _numeric(text)
    if _table is None:
        from html.entities import html5
        _table = html5
    hit = _table.get(text)
    if hit is not None:
        return hit
    # the longest known name that prefixes the text (legacy names need no ';')
    for k in range(len(text) - 1, 1, -1):
        hit = _table.get(text[:k])
        if hit is not None:
            return hit + text[k:]
    return "&" + text


def unescape(s):
    if "&" not in s:
        return s
    return _ref.sub(_replace, s)
