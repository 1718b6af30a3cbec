"""ast: only literal_eval (pyex has no Python-level syntax trees).

literal_eval(text) evaluates Python literal syntax as CPython 3.11's does: strings and bytes
(prefixes, escapes, implicit concatenation), numbers (int in any base, float, complex, unary
+/-, real +/- imaginary), tuples, lists, dicts, sets, set(), True/False/None. Anything else raises
ValueError('malformed node or string ...'); bad syntax raises SyntaxError. parse/dump/NodeVisitor
and the node classes are not provided.
"""

__all__ = ["literal_eval"]

_WS = " \t\f"
_NAME_START = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_"
_NAME_CHARS = _NAME_START + "0123456789"
_STR_PREFIXES = {"", "r", "u", "b", "br", "rb", "f", "fr", "rf"}


class _Node:
    """What CPython's error message names: the kind of node that is not a literal."""

    def __init__(self, kind):
        self.kind = kind

    def __repr__(self):
        return f"<ast.{self.kind} object at {hex(id(self))}>"


def _malformed(kind, line=1):
    return ValueError(f"malformed node or string on line {line}: {_Node(kind)!r}")


class _Parser:
    def __init__(self, text):
        self.s = text
        self.i = 0
        self.depth = 0
        self.kind = None   # the node kind of the value just parsed (literal_eval checks operands by kind)

    def error(self, msg="invalid syntax", line=1):
        return SyntaxError(msg, ("<unknown>", line, self.i + 1, self.s))

    def skip(self):
        s, n = self.s, len(self.s)
        while self.i < n:
            c = s[self.i]
            if c in _WS:
                self.i += 1
            elif c in "\r\n" and self.depth > 0:
                self.i += 1
            elif c == "\\" and self.i + 1 < n and s[self.i + 1] == "\n":
                self.i += 2
            elif c == "#":
                while self.i < n and s[self.i] != "\n":
                    self.i += 1
            else:
                break

    def peek(self):
        self.skip()
        return self.s[self.i] if self.i < len(self.s) else ""

    def expect(self, ch, opener=None):
        c = self.peek()
        if c != ch:
            if not c and opener:
                raise self.error(f"'{opener}' was never closed")
            if opener and c not in ")]}:":
                raise self.error("invalid syntax. Perhaps you forgot a comma?")
            raise self.error()
        self.i += 1

    def parse(self):
        if not self.s.strip(" \t\r\n\f"):
            raise self.error("invalid syntax", 0)
        value = self.expr_list(top=True)
        self.skip()
        while self.i < len(self.s) and self.s[self.i] in "\r\n":
            self.i += 1
            self.skip()
        if self.i < len(self.s):
            raise self.error()
        return value

    def expr_list(self, top=False):
        """expr (',' expr)* [','] -- a tuple when there is a comma"""
        first = self.expr()
        if self.peek() != ",":
            return first
        items = [first]
        while self.peek() == ",":
            self.i += 1
            c = self.peek()
            if c == "" or c in ")]}" or c in "\r\n":
                break
            items.append(self.expr())
        return tuple(items)

    _OPS2 = ("**", "//", "<<", ">>", "==", "!=", "<=", ">=")
    _KEYWORD_OPS = {"if": "IfExp", "and": "BoolOp", "or": "BoolOp", "in": "Compare", "is": "Compare",
                    "not": "Compare", "for": "GeneratorExp"}

    def expr(self):
        left = self.unary()
        left_kind = self.kind
        c = self.peek()
        s = self.s
        if c in "+-" and c:
            self.i += 1
            right = self.unary()
            # only a (signed) real number +/- an imaginary constant is a literal
            if (left_kind in ("Constant", "UnaryOp") and isinstance(left, (int, float)) and not isinstance(left, bool)
                    and self.kind == "Constant" and isinstance(right, complex)):
                self.kind = "BinOp"
                return left + right if c == "+" else left - right
            raise _malformed("BinOp")
        op = next((o for o in self._OPS2 if s.startswith(o, self.i)), None) or (c if c and c in "*/%@&|^<>" else None)
        if op:
            self.i += len(op)
            self.expr()
            raise _malformed("Compare" if op in ("==", "!=", "<=", ">=", "<", ">") else "BinOp")
        if c and c in _NAME_START:
            j = self.i
            while j < len(s) and s[j] in _NAME_CHARS:
                j += 1
            word = s[self.i:j]
            if word in self._KEYWORD_OPS:
                raise _malformed(self._KEYWORD_OPS[word])
        return left

    def unary(self):
        c = self.peek()
        if c in "+-" and c:
            self.i += 1
            operand = self.unary()
            # the operand must be a number constant (not another unary operation)
            if self.kind == "Constant" and isinstance(operand, (int, float, complex)) and not isinstance(operand, bool):
                self.kind = "UnaryOp"
                return +operand if c == "+" else -operand
            raise _malformed("UnaryOp")
        if c == "~" or (self.s.startswith("not", self.i) and self.s[self.i + 3:self.i + 4] in (" ", "(", "\t")):
            self.i += 1 if c == "~" else 3
            self.unary()
            raise _malformed("UnaryOp")
        if self.s.startswith("lambda", self.i) and self.s[self.i + 6:self.i + 7] in (" ", ":"):
            raise _malformed("Lambda")
        self.kind = "Constant"
        return self.atom()

    def atom(self):
        c = self.peek()
        s = self.s
        if c == "":
            raise self.error("invalid syntax" if self.i else "unexpected EOF while parsing")
        if c in "([{":
            v = self.display(c)
            if c != "(":
                self.kind = "Container"
            return v
        if c in "'\"":
            return self.strings()
        if c.isdigit() or (c == "." and self.i + 1 < len(s) and s[self.i + 1].isdigit()):
            return self.number()
        if c in _NAME_START or c.isidentifier():
            start = self.i
            while self.i < len(s) and (s[self.i] in _NAME_CHARS or s[self.i].isidentifier() or s[self.i].isdigit()):
                self.i += 1
            name = s[start:self.i]
            if self.i < len(s) and s[self.i] in "'\"" and name.lower() in _STR_PREFIXES:
                self.i = start
                return self.strings()
            if name == "True":
                return True
            if name == "False":
                return False
            if name == "None":
                return None
            if self.peek() == "(":
                # set() is the one call literal_eval accepts
                self.i += 1
                if name == "set" and self.peek() == ")":
                    self.i += 1
                    return set()
                self.depth += 1
                if self.peek() != ")":
                    self.expr_list()
                self.depth -= 1
                self.expect(")")
                raise _malformed("Call")
            if self.peek() == "." or self.peek() == "[":
                raise _malformed("Attribute" if self.peek() == "." else "Subscript")
            raise _malformed("Name")
        raise self.error()

    def display(self, open_ch):
        close = {"(": ")", "[": "]", "{": "}"}[open_ch]
        self.i += 1
        self.depth += 1
        if open_ch == "(":
            if self.peek() == ")":
                self.i += 1
                self.depth -= 1
                self.kind = "Container"
                return ()
            v = self.expr()
            if self.peek() == ")":
                self.i += 1
                self.depth -= 1
                return v
            items = [v]
            while self.peek() == ",":
                self.i += 1
                if self.peek() == ")":
                    break
                items.append(self.expr())
            self.depth -= 1
            self.expect(")", "(")
            self.kind = "Container"
            return tuple(items)
        if open_ch == "[":
            items = []
            while self.peek() != "]":
                items.append(self.expr())
                if self.peek() != ",":
                    break
                self.i += 1
            self.depth -= 1
            self.expect("]", "[")
            return items
        # { ... }: a dict or a set
        if self.peek() == "}":
            self.i += 1
            self.depth -= 1
            return {}
        if self.s.startswith("**", self.i):
            raise _malformed("Dict")
        first = self.expr()
        if self.peek() == ":":
            d = {}
            self.i += 1
            d[first] = self.expr()
            while self.peek() == ",":
                self.i += 1
                if self.peek() == "}":
                    break
                k = self.expr()
                if self.peek() != ":":
                    raise self.error("':' expected after dictionary key")
                self.i += 1
                d[k] = self.expr()
            self.depth -= 1
            self.expect("}", "{")
            return d
        items = [first]
        while self.peek() == ",":
            self.i += 1
            if self.peek() == "}":
                break
            items.append(self.expr())
        self.depth -= 1
        if self.peek() == ":":
            raise self.error("':' expected after dictionary key") if False else self.error()
        self.expect("}", "{")
        return set(items)

    def one_string(self):
        """one string token (prefix, quotes, body) -> (value, is_bytes)"""
        s = self.s
        start = self.i
        while self.i < len(s) and s[self.i] not in "'\"":
            self.i += 1
        prefix = s[start:self.i].lower()
        if prefix not in _STR_PREFIXES:
            raise self.error()
        q = s[self.i]
        triple = s[self.i:self.i + 3] == q * 3
        quote = q * 3 if triple else q
        self.i += len(quote)
        raw = "r" in prefix
        while True:
            if self.i >= len(s):
                raise self.error("unterminated triple-quoted string literal (detected at line 1)" if triple
                                 else "unterminated string literal (detected at line 1)")
            ch = s[self.i]
            if ch == "\\" and self.i + 1 < len(s):
                self.i += 2
                continue
            if not triple and ch == "\n":
                raise self.error("unterminated string literal (detected at line 1)")
            if s.startswith(quote, self.i):
                self.i += len(quote)
                break
            self.i += 1
        token = s[start:self.i]
        if "f" in prefix:
            raise _malformed("JoinedStr")
        if not raw and "b" in prefix and any(ord(ch) > 127 for ch in token):
            raise self.error("bytes can only contain ASCII literal characters")
        # the token is one validated string literal: evaluating it decodes the escapes exactly
        return eval(token, {"__builtins__": {}}), "b" in prefix

    def strings(self):
        value, is_bytes = self.one_string()
        while True:
            c = self.peek()
            if c in "'\"" and c:
                pass
            elif c and (c in _NAME_START):
                j = self.i
                while j < len(self.s) and self.s[j] in _NAME_CHARS:
                    j += 1
                if not (j < len(self.s) and self.s[j] in "'\"" and self.s[self.i:j].lower() in _STR_PREFIXES):
                    break
            else:
                break
            more, more_bytes = self.one_string()
            if more_bytes != is_bytes:
                raise self.error("cannot mix bytes and nonbytes literals")
            value = value + more
        return value

    def number(self):
        s = self.s
        start = self.i
        n = len(s)
        if s.startswith(("0x", "0X", "0o", "0O", "0b", "0B"), self.i):
            self.i += 2
            while self.i < n and (s[self.i].isalnum() or s[self.i] == "_"):
                self.i += 1
            tok = s[start:self.i]
            try:
                return int(tok, 0)
            except ValueError:
                raise self.error(f"invalid {dict(x='hexadecimal', o='octal', b='binary')[tok[1].lower()]} literal") from None
        while self.i < n and (s[self.i].isdigit() or s[self.i] in "._"):
            self.i += 1
        if self.i < n and s[self.i] in "eE":
            j = self.i + 1
            if j < n and s[j] in "+-":
                j += 1
            if j < n and s[j].isdigit():
                self.i = j
                while self.i < n and (s[self.i].isdigit() or s[self.i] == "_"):
                    self.i += 1
        imag = self.i < n and s[self.i] in "jJ"
        tok = s[start:self.i]
        if imag:
            self.i += 1
        if self.i < n and (s[self.i] in _NAME_CHARS):
            raise self.error("invalid decimal literal")
        try:
            if imag:
                return complex(0, float(tok.replace("_", "") if "__" not in tok else "x"))
            if any(ch in tok for ch in ".eE"):
                if "__" in tok or tok.endswith("_") or "_." in tok or "._" in tok:
                    raise ValueError
                return float(tok)
            if len(tok) > 1 and tok[0] == "0" and tok.replace("0", "").replace("_", ""):
                raise self.error("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
            if "__" in tok or tok.endswith("_"):
                raise ValueError
            return int(tok)
        except ValueError:
            raise self.error("invalid decimal literal") from None


def literal_eval(node_or_string):
    """Safely evaluate a string holding a Python literal or container display."""
    if not isinstance(node_or_string, str):
        if isinstance(node_or_string, bytes):
            node_or_string = node_or_string.decode("utf-8")
        else:
            raise _malformed(type(node_or_string).__name__)
    text = node_or_string.lstrip(" \t")
    if "\x00" in text:
        raise SyntaxError("source code string cannot contain null bytes")
    return _Parser(text).parse()
