"""dataclasses: @dataclass and helpers, built without exec: the generated methods are closures
over the class's field list (their error messages follow the ones CPython's generated code gives)."""

import sys

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY', 'MISSING',
           'fields', 'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class _InitVarMeta(type):
    def __getitem__(cls, params):
        return InitVar(params)


class InitVar(metaclass=_InitVarMeta):
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return f'dataclasses.InitVar[{type_name}]'


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init', 'compare',
                 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = _EMPTY_METADATA if not metadata else _MappingProxy(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},'
                f'_field_type={self._field_type}'
                ')')


class _MappingProxy:
    """A read-only view of a mapping (types.MappingProxyType)."""
    __slots__ = ('_m',)

    def __init__(self, m):
        object.__setattr__(self, '_m', m)

    def __getitem__(self, k):
        return self._m[k]

    def __iter__(self):
        return iter(self._m)

    def __len__(self):
        return len(self._m)

    def __contains__(self, k):
        return k in self._m

    def get(self, k, default=None):
        return self._m.get(k, default)

    def keys(self):
        return self._m.keys()

    def values(self):
        return self._m.values()

    def items(self):
        return self._m.items()

    def copy(self):
        return dict(self._m)

    def __eq__(self, other):
        return self._m == other

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._m,)

    def __str__(self):
        return str(self._m)

    def __setattr__(self, k, v):
        raise AttributeError("'mappingproxy' object has no attribute %r" % k)


_EMPTY_METADATA = _MappingProxy({})


class _DataclassParams:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams('
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'eq={self.eq!r},'
                f'order={self.order!r},'
                f'unsafe_hash={self.unsafe_hash!r},'
                f'frozen={self.frozen!r}'
                ')')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(a_type):
    if isinstance(a_type, str):
        s = a_type.strip()
        return s == 'ClassVar' or s.startswith('ClassVar[') or s.startswith('typing.ClassVar')
    typing = sys.modules.get('typing')   # ClassVar can only come from an already imported typing
    if typing is None:
        return False
    cv = getattr(typing, 'ClassVar', None)
    if cv is None:
        return False
    return a_type is cv or getattr(a_type, '__origin__', None) is cv


def _is_initvar(a_type):
    if isinstance(a_type, str):
        s = a_type.strip()
        return s == 'InitVar' or s.startswith('InitVar[') or s.startswith('dataclasses.InitVar')
    return a_type is InitVar or isinstance(a_type, InitVar)


def _is_kw_only(a_type):
    if isinstance(a_type, str):
        s = a_type.strip()
        return s == 'KW_ONLY' or s == 'dataclasses.KW_ONLY'
    return a_type is KW_ONLY


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    if _is_classvar(a_type):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(a_type):
        f._field_type = _FIELD_INITVAR
    if f._field_type is not _FIELD:
        if f.default_factory is not MISSING:
            raise TypeError(f'field {f.name} cannot have a default factory')
    if f._field_type is _FIELD or f._field_type is _FIELD_INITVAR:
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        f.kw_only = False
    if f._field_type is _FIELD and f.default is not MISSING and (isinstance(f.default, (list, dict, set)) or getattr(type(f.default), '__hash__', 0) is None):
        raise ValueError(f'mutable default {type(f.default)} for field {f.name} is not allowed: use default_factory')
    return f


def _names_list(names):
    names = [repr(n) for n in names]
    if len(names) == 1:
        return names[0]
    if len(names) == 2:
        return names[0] + ' and ' + names[1]
    return ', '.join(names[:-1]) + ', and ' + names[-1]


def _make_init(cls, all_fields, frozen, has_post_init):
    init_fields = [f for f in all_fields if f.init and f._field_type is not _FIELD_CLASSVAR]
    pos = [f for f in init_fields if not f.kw_only]
    kwo = [f for f in init_fields if f.kw_only]
    seen_default = None
    for f in pos:
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = f
        elif seen_default is not None:
            raise TypeError(f'non-default argument {f.name!r} follows default argument')
    names = {}
    for f in init_fields:
        names[f.name] = f
    set_fields = [f for f in all_fields if f._field_type is _FIELD]
    initvars = [f for f in all_fields if f._field_type is _FIELD_INITVAR]
    npos = len(pos)
    nreq = 0
    for f in pos:
        if f.default is MISSING and f.default_factory is MISSING:
            nreq += 1
    qual = cls.__qualname__ + '.__init__'
    setter = object.__setattr__

    def __init__(self, *args, **kwargs):
        n = len(args)
        if n > npos:
            if nreq == npos:
                raise TypeError(f'{qual}() takes {npos + 1} positional argument{"" if npos == 0 else "s"} but {n + 1} were given')
            raise TypeError(f'{qual}() takes from {nreq + 1} to {npos + 1} positional arguments but {n + 1} were given')
        vals = {}
        for i in range(n):
            vals[pos[i].name] = args[i]
        for k in kwargs:
            if k not in names:
                raise TypeError(f"{qual}() got an unexpected keyword argument '{k}'")
            if k in vals:
                raise TypeError(f"{qual}() got multiple values for argument '{k}'")
            vals[k] = kwargs[k]
        missing = [f.name for f in pos if f.name not in vals and f.default is MISSING and f.default_factory is MISSING]
        if missing:
            raise TypeError(f'{qual}() missing {len(missing)} required positional argument{"" if len(missing) == 1 else "s"}: {_names_list(missing)}')
        missing = [f.name for f in kwo if f.name not in vals and f.default is MISSING and f.default_factory is MISSING]
        if missing:
            raise TypeError(f'{qual}() missing {len(missing)} required keyword-only argument{"" if len(missing) == 1 else "s"}: {_names_list(missing)}')
        for f in set_fields:
            name = f.name
            if f.init and name in vals:
                v = vals[name]
            elif f.default_factory is not MISSING:
                v = f.default_factory()
            elif f.init:
                v = f.default
            else:
                continue
            if frozen:
                setter(self, name, v)
            else:
                setattr(self, name, v)
        if has_post_init:
            iv = []
            for f in initvars:
                iv.append(vals[f.name] if f.name in vals else f.default)
            self.__post_init__(*iv)
    __init__.__qualname__ = qual
    # what CPython's generated code would declare: inspect.signature builds the parameters from
    # __dataclass_init_params__ (this __init__ itself takes *args/**kwargs)
    __init__.__annotations__ = {f.name: f.type for f in init_fields}
    __init__.__annotations__['return'] = None
    __init__.__dataclass_init_params__ = (pos, kwo, _HAS_DEFAULT_FACTORY)
    return __init__


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


_repr_running = set()


def _make_repr(cls, flds):
    rf = [f.name for f in flds if f.repr]

    def __repr__(self):
        key = (id(self), id(cls))
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            parts = [name + '=' + repr(getattr(self, name)) for name in rf]
        finally:
            _repr_running.discard(key)
        return self.__class__.__qualname__ + '(' + ', '.join(parts) + ')'
    __repr__.__qualname__ = cls.__qualname__ + '.__repr__'
    __repr__._dataclass_repr = True
    return __repr__


def _cmp_fn(cls, name, flds, op):
    names = [f.name for f in flds]

    def key(o):
        return tuple([getattr(o, n) for n in names])
    if op == '==':
        def fn(self, other):
            if other.__class__ is self.__class__:
                return key(self) == key(other)
            return NotImplemented
    elif op == '<':
        def fn(self, other):
            if other.__class__ is self.__class__:
                return key(self) < key(other)
            return NotImplemented
    elif op == '<=':
        def fn(self, other):
            if other.__class__ is self.__class__:
                return key(self) <= key(other)
            return NotImplemented
    elif op == '>':
        def fn(self, other):
            if other.__class__ is self.__class__:
                return key(self) > key(other)
            return NotImplemented
    else:
        def fn(self, other):
            if other.__class__ is self.__class__:
                return key(self) >= key(other)
            return NotImplemented
    fn.__name__ = name
    fn.__qualname__ = cls.__qualname__ + '.' + name
    return fn


def _make_hash(cls, flds):
    names = [f.name for f in flds]

    def __hash__(self):
        return hash(tuple([getattr(self, n) for n in names]))
    __hash__.__qualname__ = cls.__qualname__ + '.__hash__'
    return __hash__


def _frozen_methods(cls, field_names):
    def __setattr__(self, name, value):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError(f'cannot assign to field {name!r}')
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError(f'cannot delete field {name!r}')
        super(cls, self).__delattr__(name)
    return __setattr__, __delattr__


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots, weakref_slot=False):
    all_fields = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))
    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                all_fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True
    cls_dict = cls.__dict__
    cls_annotations = cls_dict.get('__annotations__', {})
    cls_fields = []
    KW_ONLY_seen = False
    for name, type_ in cls_annotations.items():
        if _is_kw_only(type_):
            if KW_ONLY_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
            KW_ONLY_seen = True
            kw_only = True
        else:
            cls_fields.append(_get_field(cls, name, type_, kw_only))
    for f in cls_fields:
        all_fields[f.name] = f
        if isinstance(cls_dict.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls_dict.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')
    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
    setattr(cls, _FIELDS, all_fields)
    class_hash = cls_dict.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and '__eq__' in cls_dict))
    if order and not eq:
        raise ValueError('eq must be true if order is true')
    field_list = list(all_fields.values())
    std_fields = [f for f in field_list if f._field_type is _FIELD]
    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        _set_new_attribute(cls, '__init__', _make_init(cls, field_list, frozen, has_post_init))
    if repr:
        _set_new_attribute(cls, '__repr__', _make_repr(cls, std_fields))
    cmp_fields = [f for f in std_fields if f.compare]
    if eq:
        _set_new_attribute(cls, '__eq__', _cmp_fn(cls, '__eq__', cmp_fields, '=='))
    if order:
        for name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')):
            if _set_new_attribute(cls, name, _cmp_fn(cls, name, cmp_fields, op)):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                'Consider using functools.total_ordering')
    if frozen:
        sa, da = _frozen_methods(cls, set(f.name for f in std_fields))
        for name, fn in (('__setattr__', sa), ('__delattr__', da)):
            if _set_new_attribute(cls, name, fn):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}')
    hash_fields = [f for f in std_fields if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        cls.__hash__ = _make_hash(cls, hash_fields)
    elif eq and frozen:
        if not has_explicit_hash:
            cls.__hash__ = _make_hash(cls, hash_fields)
    elif eq:
        if not has_explicit_hash:
            cls.__hash__ = None
    if not getattr(cls, '__doc__', None):
        try:
            cls.__doc__ = cls.__name__ + '(' + ', '.join(f.name for f in std_fields) + ')'
        except Exception:
            pass
    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in std_fields if f.init and not f.kw_only))
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    try:
        fs = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fs.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _deepcopy(obj):
    try:
        import copy
        return copy.deepcopy(obj)
    except ImportError:
        return obj


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            result.append((f.name, _asdict_inner(getattr(obj, f.name), dict_factory)))
        return dict_factory(result)
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory)) for k, v in obj.items())
    if isinstance(obj, (int, float, str, bool, type(None))):
        return obj
    return _deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory)) for k, v in obj.items())
    if isinstance(obj, (int, float, str, bool, type(None))):
        return obj
    return _deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True, eq=True,
                   order=False, unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False):
    if namespace is None:
        namespace = {}
    annotations = {}
    defaults = {}
    seen = set()
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')
        seen.add(name)
        annotations[name] = tp
    ns = dict(namespace)
    ns.update(defaults)
    ns['__annotations__'] = annotations
    cls = type(cls_name, tuple(bases), ns)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots)
