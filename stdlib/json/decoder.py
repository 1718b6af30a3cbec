"""Implementation of JSONDecoder (the scanner is native: _json)."""
import _json

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos

    """
    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {
    '-Infinity': NegInf,
    'Infinity': PosInf,
    'NaN': NaN,
}


def _parse_constant(name):
    return _CONSTANTS[name]


def scanstring(s, end, strict=True):
    """Scan the string s for a JSON string. End is the index of the
    character in s after the quote that started the JSON string.
    Returns a tuple of the decoded string and the index of the character
    in s after the end quote."""
    return _json.scanstring(s, end, strict, JSONDecodeError)


py_scanstring = scanstring
c_scanstring = scanstring


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder

    Performs the following translations in decoding by default:

    +---------------+-------------------+
    | JSON          | Python            |
    +===============+===================+
    | object        | dict              |
    +---------------+-------------------+
    | array         | list              |
    +---------------+-------------------+
    | string        | str               |
    +---------------+-------------------+
    | number (int)  | int               |
    +---------------+-------------------+
    | number (real) | float             |
    +---------------+-------------------+
    | true          | True              |
    +---------------+-------------------+
    | false         | False             |
    +---------------+-------------------+
    | null          | None              |
    +---------------+-------------------+

    It also understands ``NaN``, ``Infinity``, and ``-Infinity`` as
    their corresponding ``float`` values, which is outside the JSON spec.
    """

    def __init__(self, *, object_hook=None, parse_float=None,
            parse_int=None, parse_constant=None, strict=True,
            object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.memo = {}
        self.scan_once = self._scan_once

    def _ctx(self):
        pf = self.parse_float
        pi = self.parse_int
        pc = self.parse_constant
        return (self.strict, self.object_hook, self.object_pairs_hook,
                None if pf is float else pf, None if pi is int else pi,
                None if pc is _parse_constant else pc, JSONDecodeError)

    def _scan_once(self, string, idx):
        try:
            return _json.raw_decode(string, idx, self._ctx())
        except JSONDecodeError as err:
            if err.msg == 'Expecting value' and err.pos == idx:
                raise StopIteration(idx) from None
            raise

    def decode(self, s, _w=None):
        """Return the Python representation of ``s`` (a ``str`` instance
        containing a JSON document).

        """
        if type(self).raw_decode is JSONDecoder.raw_decode and isinstance(s, str):
            return _json.decode(s, self._ctx())
        end = 0
        n = len(s)
        while end < n and s[end] in ' \t\n\r':
            end += 1
        obj, end = self.raw_decode(s, idx=end)
        while end < n and s[end] in ' \t\n\r':
            end += 1
        if end != n:
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document from ``s`` (a ``str`` beginning with
        a JSON document) and return a 2-tuple of the Python
        representation and the index in ``s`` where the document ended.

        This can be used to decode a JSON document from a string that may
        have extraneous data at the end.

        """
        return _json.raw_decode(s, idx, self._ctx())
