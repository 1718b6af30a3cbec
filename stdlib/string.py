"""A string module: character classes, capwords, Template (and a minimal Formatter)."""

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


# ---- Template -------------------------------------------------------------------------------
def _is_id_start(c):
    return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z')


def _is_id_char(c):
    return _is_id_start(c) or ('0' <= c <= '9')


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = None

    def __init__(self, template):
        self.template = template

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)

    def _scan(self):
        """Yield (kind, text, start) for each placeholder: kind is 'escaped', 'named', 'braced' or 'invalid'."""
        s = self.template
        d = self.delimiter
        dl = len(d)
        n = len(s)
        i = 0
        while True:
            j = s.find(d, i)
            if j < 0:
                return
            k = j + dl
            if s.startswith(d, k):
                yield ('escaped', None, j, k + dl)
                i = k + dl
                continue
            if k < n and _is_id_start(s[k]):
                e = k + 1
                while e < n and _is_id_char(s[e]):
                    e += 1
                yield ('named', s[k:e], j, e)
                i = e
                continue
            if k < n and s[k] == '{' and k + 1 < n and _is_id_start(s[k + 1]):
                e = k + 2
                while e < n and _is_id_char(s[e]):
                    e += 1
                if e < n and s[e] == '}':
                    yield ('braced', s[k + 1:e], j, e + 1)
                    i = e + 1
                    continue
            yield ('invalid', None, j, k)
            i = k

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        out = []
        pos = 0
        for kind, name, start, end in self._scan():
            out.append(self.template[pos:start])
            if kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                self._invalid(end)
            else:
                out.append(str(mapping[name]))
            pos = end
        out.append(self.template[pos:])
        return ''.join(out)

    def safe_substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        out = []
        pos = 0
        for kind, name, start, end in self._scan():
            out.append(self.template[pos:start])
            if kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                out.append(self.template[start:end])
            else:
                try:
                    out.append(str(mapping[name]))
                except KeyError:
                    out.append(self.template[start:end])
            pos = end
        out.append(self.template[pos:])
        return ''.join(out)

    def is_valid(self):
        for kind, name, start, end in self._scan():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for kind, name, start, end in self._scan():
            if kind in ('named', 'braced') and name not in ids:
                ids.append(name)
        return ids


class _ChainMap:
    def __init__(self, *maps):
        self.maps = maps

    def __getitem__(self, key):
        for m in self.maps:
            try:
                return m[key]
            except KeyError:
                pass
        raise KeyError(key)


def _formatter_parser(s):
    """(literal_text, field_name, format_spec, conversion) tuples, as _string.formatter_parser."""
    i, n = 0, len(s)
    while i < n:
        # literal text up to a brace; a doubled brace ends the literal (keeping one brace)
        j = i
        lit_end = None
        while j < n:
            c = s[j]
            if c == '{' or c == '}':
                if j + 1 < n and s[j + 1] == c:
                    lit_end = j + 1
                    break
                if c == '}':
                    raise ValueError("Single '}' encountered in format string")
                break
            j += 1
        if lit_end is not None:
            yield s[i:lit_end], None, None, None
            i = lit_end + 1
            continue
        literal = s[i:j]
        if j >= n:
            if literal:
                yield literal, None, None, None
            return
        # a field: find its closing brace (format specs may nest one level of braces)
        j += 1
        if j >= n:
            raise ValueError("Single '{' encountered in format string")
        start = j
        depth = 1
        while j < n:
            c = s[j]
            if c == '[':
                while j < n and s[j] != ']':
                    j += 1
                if j >= n:
                    break
            elif c == '{':
                depth += 1
            elif c == '}':
                depth -= 1
                if depth == 0:
                    break
            j += 1
        if depth != 0:
            raise ValueError("expected '}' before end of string")
        field = s[start:j]
        i = j + 1
        # split name / conversion / spec
        k = 0
        while k < len(field):
            c = field[k]
            if c == '[':
                while k < len(field) and field[k] != ']':
                    k += 1
                k += 1
                continue
            if c in ':!':
                break
            k += 1
        name = field[:k]
        conversion = None
        spec = ''
        if k < len(field):
            if field[k] == '!':
                if k + 1 >= len(field):
                    raise ValueError("end of string while looking for conversion specifier")
                conversion = field[k + 1]
                if k + 2 < len(field):
                    if field[k + 2] != ':':
                        raise ValueError("expected ':' after conversion specifier")
                    spec = field[k + 3:]
            else:
                spec = field[k + 1:]
        yield literal, name, spec, conversion


def _field_name_split(name):
    """(first, iterator of (is_attribute, key)), as _string.formatter_field_name_split."""
    i, n = 0, len(name)
    while i < n and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    return first, _field_rest(name, i)


def _field_rest(name, i):
    # lazily, as CPython: attributes/items before a malformed part are still looked up
    n = len(name)
    while i < n:
        c = name[i]
        if c == '.':
            j = i + 1
            while j < n and name[j] not in '.[':
                j += 1
            if j == i + 1:
                raise ValueError("Empty attribute in format string")
            yield True, name[i + 1:j]
            i = j
        elif c == '[':
            j = name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            if key == '':
                raise ValueError("Empty attribute in format string")
            yield False, int(key) if key.isdigit() else key
            i = j + 1
            if i < n and name[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")


class Formatter:
    """str.format as overridable steps: parse, get_field/get_value, convert_field, format_field."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            # auto numbering ({}) and manual numbering ({0}) cannot be mixed
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field specification to automatic field numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field specification to automatic field numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(format_spec, args, kwargs, used_args,
                                                        recursion_depth - 1, auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        return _formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            obj = getattr(obj, i) if is_attr else obj[i]
        return obj, first
