"""enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique (CPython 3.11 behaviour and reprs).

A member's name and value live in a side table keyed by identity (members of int/str-based
enums are builtin-layout instances without an attribute dict), exposed as _name_/_value_,
name/value."""

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
           'auto', 'unique', 'property', 'verify', 'member', 'nonmember', 'FlagBoundary',
           'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'global_enum', 'EnumCheck', 'CONTINUOUS',
           'NAMED_FLAGS', 'UNIQUE', 'pickle_by_global_name', 'pickle_by_enum_name']

_builtin_property = property
_FunctionType = type(lambda: 0)
_BuiltinType = type(len)
_UNSET = object()
_INFO = {}          # id(member) -> [name, value, sort order]
Enum = None         # set once Enum is defined
Flag = None
ReprEnum = None


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=_UNSET):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value if self.value is not _UNSET else '_auto_null')


class _Deferred:
    """An expression over auto() values in a class body (RW = READ | WRITE). CPython's class
    namespace replaces auto() by its value at assignment (__prepare__ gives an _EnumDict); here
    members are built after the body ran, so the expression is evaluated when its turn comes."""

    def __init__(self, op, args):
        self.op, self.args = op, args

    def resolve(self):
        vals = []
        for a in self.args:
            if isinstance(a, (auto, _Deferred)):
                a = a.resolve()
            vals.append(a)
        return self.op(*vals)


def _add_deferred_ops():
    import operator as _op
    for name in ('or', 'and', 'xor', 'add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift'):
        fn = getattr(_op, name + '_' if name in ('or', 'and') else name)

        def forward(self, other, fn=fn):
            return _Deferred(fn, (self, other))

        def reflected(self, other, fn=fn):
            return _Deferred(fn, (other, self))
        for cls in (auto, _Deferred):
            setattr(cls, '__%s__' % name, forward)
            setattr(cls, '__r%s__' % name, reflected)
    for name, fn in (('neg', _op.neg), ('invert', _op.invert), ('pos', _op.pos)):
        for cls in (auto, _Deferred):
            setattr(cls, '__%s__' % name, lambda self, fn=fn: _Deferred(fn, (self,)))


def _auto_resolve(self):
    if self.value is _UNSET:
        raise TypeError('auto() value used before it was assigned')
    return self.value


auto.resolve = _auto_resolve
_add_deferred_ops()


class member:
    def __init__(self, value):
        self.value = value


class nonmember:
    def __init__(self, value):
        self.value = value


property = _builtin_property


def _info(self):
    i = _INFO.get(id(self))
    if i is None:
        i = [_UNSET, _UNSET, 0]
        _INFO[id(self)] = i
    return i


def _get_name(self):
    v = _info(self)[0]
    if v is _UNSET:
        raise AttributeError('_name_')
    return v


def _set_name(self, v):
    _info(self)[0] = v


def _get_value(self):
    v = _info(self)[1]
    if v is _UNSET:
        raise AttributeError('_value_')
    return v


def _set_value(self, v):
    _info(self)[1] = v


def _has_value(m):
    i = _INFO.get(id(m))
    return i is not None and i[1] is not _UNSET


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1:2] != '_' and name[-2:-1] != '_'


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name.lstrip('_'),)
    return len(name) > len(pattern) and name.startswith(pattern) and not name.endswith('__')


def _is_descriptor(obj):
    if isinstance(obj, (_FunctionType, _BuiltinType, _builtin_property, classmethod, staticmethod)):
        return True
    t = type(obj)
    return hasattr(t, '__get__') or hasattr(t, '__set__') or hasattr(t, '__delete__')


def _new_data(member_type, cls, args):
    """member_type.__new__(cls, *args), or the equivalent instance creation without __new__ hooks."""
    try:
        return member_type.__new__(cls, *args)
    except TypeError:
        return type.__call__(cls, *args)


def _is_single_bit(num):
    return num != 0 and (num & (num - 1)) == 0


def _high_bit(value):
    return value.bit_length() - 1


class EnumType(type):
    """Metaclass for Enum."""

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        classdict = dict(classdict)
        ignore = classdict.pop('_ignore_', [])
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        for k in ignore:
            classdict.pop(k, None)
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        members = []
        for key in list(classdict):
            value = classdict[key]
            if isinstance(value, nonmember):
                classdict[key] = value.value
                continue
            if isinstance(value, member):
                members.append((key, value.value))
                del classdict[key]
                continue
            if _is_dunder(key) or _is_sunder(key) or _is_private(cls, key) or _is_descriptor(value):
                continue
            members.append((key, value))
            del classdict[key]
        if first_enum is not None and first_enum._member_names_:
            raise TypeError('<enum %r> cannot extend %r' % (cls, first_enum))
        for k, v in members:
            if k in ('mro', ''):
                raise ValueError('invalid enum member name: %r' % k)
        order = classdict.pop('_order_', None)
        new_member = classdict.pop('__new__', None)
        if isinstance(new_member, staticmethod):
            new_member = new_member.__func__
        if new_member is not None:
            classdict['_new_member_'] = new_member
        classdict['_member_names_'] = []
        classdict['_member_map_'] = {}
        classdict['_value2member_map_'] = {}
        classdict['_unhashable_values_'] = []
        classdict['_member_type_'] = member_type
        if first_enum is not None and member_type is not object and '__hash__' not in classdict:
            classdict['__hash__'] = _mixin_hash
        if boundary is None and first_enum is not None:
            boundary = getattr(first_enum, '_boundary_', None)
        classdict['_boundary_'] = boundary
        enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        new_member = getattr(enum_class, '_new_member_', None)
        # methods the data type (or object) would otherwise supply come from the enum instead
        if first_enum is not None:
            for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if name in classdict:
                    continue
                for k in enum_class.__mro__:
                    if name in k.__dict__:
                        if k is member_type or k is object:
                            setattr(enum_class, name, getattr(first_enum, name))
                        break
        is_flag = Flag is not None and issubclass(enum_class, Flag)
        last_values = []
        gen = getattr(enum_class, '_generate_next_value_', None)
        for name, value in members:
            if isinstance(value, _Deferred):
                value = value.resolve()
            if isinstance(value, auto):
                if value.value is _UNSET:
                    value.value = gen(name, 1, len(enum_class._member_names_), last_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple(gen(name, 1, len(enum_class._member_names_), last_values[:]) if isinstance(v, auto) else v for v in value)
            metacls._add_member_(enum_class, name, value, new_member, is_flag)
            last_values.append(value)
        if is_flag:
            single = 0
            for m in enum_class._member_map_.values():
                single |= m._value_
            enum_class._flag_mask_ = single
            enum_class._all_bits_ = 2 ** single.bit_length() - 1 if single else 0
        if order is not None:
            if isinstance(order, str):
                order = order.replace(',', ' ').split()
            if order != enum_class._member_names_:
                raise TypeError('member order does not match _order_:\n  %r\n  %r' % (enum_class._member_names_, order))
        return enum_class

    @staticmethod
    def _add_member_(enum_class, name, value, new_member, is_flag):
        member_type = enum_class._member_type_
        if isinstance(value, tuple) and member_type is not tuple:
            args = value
        else:
            args = (value,)
        if member_type is tuple:
            args = (args,)
        if new_member is not None:
            m = new_member(enum_class, *args)
        elif member_type is object:
            m = object.__new__(enum_class)
        else:
            m = _new_data(member_type, enum_class, args)
        if not _has_value(m):
            if member_type is object:
                _set_value(m, value)
            else:
                try:
                    _set_value(m, member_type(*args))
                except Exception:
                    _set_value(m, value)
        value = _get_value(m)
        _set_name(m, name)
        _info(m)[2] = len(enum_class._member_names_)
        # aliases: an existing member with the same value
        canonical = None
        try:
            canonical = enum_class._value2member_map_.get(value)
        except TypeError:
            for other in enum_class._member_map_.values():
                if other._value_ == value:
                    canonical = other
                    break
        if canonical is not None:
            del _INFO[id(m)]
            enum_class._member_map_[name] = canonical
            type.__setattr__(enum_class, name, canonical)
            return
        init = None
        for k in enum_class.__mro__:
            d = k.__dict__
            if '__init__' in d:
                init = d['__init__']
                break
        if isinstance(init, _FunctionType) and init is not Enum.__dict__['__init__']:
            init(m, *args)
        if not is_flag or _is_single_bit(value) or (isinstance(value, int) and value == 0 and False):
            enum_class._member_names_.append(name)
        elif not isinstance(value, int):
            enum_class._member_names_.append(name)
        enum_class._member_map_[name] = m
        try:
            enum_class._value2member_map_[value] = m
        except TypeError:
            enum_class._unhashable_values_.append(value)
        type.__setattr__(enum_class, name, m)

    @classmethod
    def _get_mixins_(mcls, class_name, bases):
        if not bases or Enum is None:
            return object, None
        first_enum = None
        for b in reversed(bases):
            if isinstance(b, EnumType):
                first_enum = b
                break
        if first_enum is None:
            first_enum = bases[-1]
            if not isinstance(first_enum, EnumType):
                raise TypeError('new enumerations should be created as '
                                '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
        member_type = object
        for chain in bases:
            found = None
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        found = base._member_type_
                        break
                elif '__new__' in base.__dict__ or base in (int, str, float, tuple, frozenset):
                    found = base
                    break
            if found is not None:
                member_type = found
                break
        return member_type, first_enum

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return cls._lookup_(value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start, boundary=boundary)

    def _lookup_(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return m
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if Flag is not None and issubclass(cls, Flag) and result is None and isinstance(value, int):
            pass
        if result is None:
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        raise TypeError('error in %s._missing_: returned %r instead of None or a valid member' % (cls.__name__, result))

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1, boundary=None):
        bases = (cls,) if type is None else (type, cls)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        ns = {}
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original = names
            names = []
            last = []
            gen = cls._generate_next_value_
            for count, name in enumerate(original):
                v = gen(name, start, count, last[:])
                last.append(v)
                names.append((name, v))
        for item in names:
            if isinstance(item, str):
                k, v = item, names[item]
            else:
                k, v = item
            ns[k] = v
        ns['__module__'] = module if module is not None else '__main__'
        if qualname is not None:
            ns['__qualname__'] = qualname
        meta = cls.__class__
        if boundary is not None:
            return meta(class_name, bases, ns, boundary=boundary)
        return meta(class_name, bases, ns)

    def __contains__(cls, value):
        if not isinstance(value, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'" % (
                type(value).__qualname__, cls.__class__.__qualname__))
        return isinstance(value, cls) and value._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @_builtin_property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', ())
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)


EnumMeta = EnumType


def _mixin_hash(self):
    return hash(self._value_)


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    _name_ = _builtin_property(_get_name, _set_name)
    _value_ = _builtin_property(_get_value, _set_value)

    @_builtin_property
    def name(self):
        return _get_name(self)

    @_builtin_property
    def value(self):
        return _get_value(self)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __init__(self, *args, **kwds):
        pass

    def __repr__(self):
        v_repr = getattr(self.__class__, '_value_repr_', None) or repr
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""

    def __str__(self):
        return repr(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)

    def __hash__(self):
        return hash(self._value_)


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        value = str(*values)
        m = _new_data(str, cls, (value,))
        _set_value(m, value)
        return m

    def __str__(self):
        return self._value_

    def __format__(self, format_spec):
        return format(self._value_, format_spec)

    def __hash__(self):
        return hash(self._value_)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class FlagBoundary(StrEnum):
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary.STRICT, FlagBoundary.CONFORM, FlagBoundary.EJECT, FlagBoundary.KEEP


class Flag(Enum, boundary=STRICT):
    """Support for flags."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = _high_bit(last_value)
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        if value < 0:
            value = all_bits + 1 + value
            if value < 0:
                value = max(all_bits + 1, 2 ** value.bit_length()) + value
        if value & ~flag_mask:
            b = cls._boundary_
            if b is STRICT:
                raise ValueError('%s(%r) invalid value %r\n    given %s\n  allowed %s' % (
                    cls.__name__, value, value, _bin(value), _bin(flag_mask, value.bit_length())))
            elif b is CONFORM:
                value = value & flag_mask
            elif b is EJECT:
                return value
        if value in cls._value2member_map_:
            return cls._value2member_map_[value]
        member_type = cls._member_type_
        if member_type is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = _new_data(member_type, cls, (value,))
        _set_value(pseudo, value)
        names = [m._name_ for m in cls._iter_bits_(value)]
        extra = value & ~flag_mask
        if names:
            name = '|'.join(names)
            if extra:
                name = (name + '|' if name else '') + str(extra)
        else:
            name = None
        _set_name(pseudo, name)
        cls._value2member_map_[value] = pseudo
        return pseudo

    @classmethod
    def _iter_bits_(cls, value):
        for name in cls._member_names_:
            m = cls._member_map_[name]
            v = m._value_
            if v and v & value == v:
                yield m

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r" % (
                type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter(list(self.__class__._iter_bits_(self._value_)))

    def __len__(self):
        return bin(self._value_).count('1')

    def __repr__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '<%s: %r>' % (cls_name, self._value_)
        return '<%s.%s: %r>' % (cls_name, self._name_, self._value_)

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return '%s.%s' % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _get_value_of(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        v = self._get_value_of(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | v)

    def __and__(self, other):
        v = self._get_value_of(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & v)

    def __xor__(self, other):
        v = self._get_value_of(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ v)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        if self._boundary_ is KEEP or self._boundary_ is EJECT:
            return self.__class__(self._all_bits_ & ~self._value_)
        return self.__class__(self._flag_mask_ & ~self._value_)


def _bin(num, max_bits=None):
    ceiling = 2 ** (num).bit_length()
    if num >= 0:
        s = bin(num + ceiling).replace('1', '0', 1)
    else:
        s = bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if max_bits is not None:
        if len(digits) < max_bits:
            digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return '%s %s' % (sign, digits)


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based Flags."""

    def __str__(self):
        return repr(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)

    def __hash__(self):
        return hash(self._value_)

    def __or__(self, other):
        v = self._get_value_of(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | v)

    def __and__(self, other):
        v = self._get_value_of(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & v)

    def __xor__(self, other):
        v = self._get_value_of(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ v)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return self.__class__(self._all_bits_ & ~self._value_)


def unique(enumeration):
    duplicates = []
    for name, m in enumeration.__members__.items():
        if name != m.name:
            duplicates.append((name, m.name))
    if duplicates:
        alias_details = ', '.join(['%s -> %s' % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration


class EnumCheck(StrEnum):
    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck.CONTINUOUS, EnumCheck.NAMED_FLAGS, EnumCheck.UNIQUE


class verify:
    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        for check in self.checks:
            if check is UNIQUE:
                unique(enumeration)
        return enumeration


def global_enum(cls, update_str=False):
    return cls


def pickle_by_global_name(self, proto):
    return self.name


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)
