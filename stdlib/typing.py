"""typing: runtime placeholders for type hints.

Subscripting works (List[int], Dict[str, List[int]], Optional[X], Callable[[int], str], ...) and
gives objects with CPython's reprs, __origin__/__args__, get_origin/get_args. The unsubscripted
aliases (List, Dict, Iterable, ...) are classes whose metaclass forwards isinstance/issubclass to
the runtime class. Generic and Protocol are plain base classes (Generic[T] is Generic itself);
NamedTuple and TypedDict class syntax work. No static checking happens.
"""

import sys as _sys

TYPE_CHECKING = False

_NoneType = type(None)


def _type_repr(obj):
    if isinstance(obj, type) and not isinstance(obj, _AliasMeta):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if type(obj).__name__ == 'function':
        return obj.__name__
    return repr(obj)


def _type_check(arg):
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


class ForwardRef:
    def __init__(self, arg, is_argument=True, module=None):
        self.__forward_arg__ = arg
        self.__forward_module__ = module

    def __repr__(self):
        return f'ForwardRef({self.__forward_arg__!r})'

    def __eq__(self, other):
        return isinstance(other, ForwardRef) and self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)


class _Final:
    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _SpecialForm(_Final):
    def __init__(self, name, getitem=None, doc=''):
        self._name = name
        self._getitem = getitem
        self.__doc__ = doc

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError(f'{self} is not subscriptable')
        return self._getitem(self, parameters)

    def __call__(self, *args, **kwds):
        raise TypeError(f'Cannot instantiate {self!r}')

    def __instancecheck__(self, obj):
        raise TypeError(f'{self} cannot be used with isinstance()')

    def __eq__(self, other):
        return self is other

    def __hash__(self):
        return hash(self._name)

    def __reduce__(self):
        return self._name


class _GenericAlias(_Final):
    def __init__(self, origin, args, name=None, inst=True):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = tuple(... if a is ... else _type_check(a) for a in args)
        self._name = name
        self._inst = inst
        params = []
        for a in self.__args__:
            if isinstance(a, TypeVar) and a not in params:
                params.append(a)
            for p in getattr(a, '__parameters__', ()):
                if p not in params:
                    params.append(p)
        self.__parameters__ = tuple(params)

    def __repr__(self):
        if self._name:
            head = 'typing.' + self._name
        else:
            head = _type_repr(self.__origin__)
        if not self.__args__:
            return head + '[()]'
        return head + '[' + ', '.join(_type_repr(a) for a in self.__args__) + ']'

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f'Type {self._name} cannot be instantiated; use {self.__origin__.__name__}() instead')
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if isinstance(origin, type):
            return (origin,)
        return ()

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        subst = dict(zip(self.__parameters__, params))
        return self.copy_with(tuple(_subst(a, subst) for a in self.__args__))

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, self._name, self._inst)

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __instancecheck__(self, obj):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')


def _subst(a, subst):
    if isinstance(a, TypeVar):
        return subst.get(a, a)
    if isinstance(a, _GenericAlias) and a.__parameters__:
        return a[tuple(subst.get(p, p) for p in a.__parameters__)]
    return a


class _CallableGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return f'typing.Callable[..., {_type_repr(args[1])}]'
        return ('typing.Callable[[' + ', '.join(_type_repr(a) for a in args[:-1]) + '], '
                + _type_repr(args[-1]) + ']')

    def copy_with(self, args):
        return _CallableGenericAlias(self.__origin__, args, self._name, self._inst)


class _UnionGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is _NoneType:
                return f'typing.Optional[{_type_repr(args[1])}]'
            if args[1] is _NoneType:
                return f'typing.Optional[{_type_repr(args[0])}]'
        return 'typing.Union[' + ', '.join(_type_repr(a) for a in args) + ']'

    def __eq__(self, other):
        if not isinstance(other, _UnionGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def copy_with(self, args):
        return Union[args]

    def __instancecheck__(self, obj):
        return any(isinstance(obj, a) for a in self.__args__ if isinstance(a, type))


class _LiteralGenericAlias(_GenericAlias):
    def __init__(self, origin, args, name=None, inst=True):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self._name = name
        self._inst = inst
        self.__parameters__ = ()

    def __repr__(self):
        return 'typing.Literal[' + ', '.join(repr(a) for a in self.__args__) + ']'

    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        _GenericAlias.__init__(self, origin, (origin,), 'Annotated')
        self.__metadata__ = metadata

    def __repr__(self):
        return 'typing.Annotated[' + _type_repr(self.__origin__) + ', ' + ', '.join(repr(a) for a in self.__metadata__) + ']'

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)


# ---- special forms --------------------------------------------------------------------------
def _any_getitem(self, p):
    raise TypeError(f'{self} is not subscriptable')


Any = _SpecialForm('Any')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError('Cannot take a Union of no types.')
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    params = []
    for p in parameters:
        p = _type_check(p)
        if isinstance(p, _UnionGenericAlias):
            items = p.__args__
        elif type(p).__name__ == 'UnionType':
            items = p.__args__
        else:
            items = (p,)
        for q in items:
            if q not in params:
                params.append(q)
    if len(params) == 1:
        return params[0]
    return _UnionGenericAlias(self, tuple(params))


def _optional_getitem(self, parameters):
    return Union[parameters, None]


def _simple_getitem(self, parameters):
    return _GenericAlias(self, (parameters,), self._name)


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    seen = []
    for p in parameters:
        if isinstance(p, _LiteralGenericAlias):
            for q in p.__args__:
                if q not in seen:
                    seen.append(q)
        elif p not in seen:
            seen.append(p)
    return _LiteralGenericAlias(self, tuple(seen))


def _annotated_getitem(self, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError('Annotated[...] should be used with at least two arguments (a type and an annotation).')
    origin = _type_check(params[0])
    meta = tuple(params[1:])
    if isinstance(origin, _AnnotatedAlias):
        meta = origin.__metadata__ + meta
        origin = origin.__origin__
    return _AnnotatedAlias(origin, meta)


def _concat_getitem(self, params):
    if not isinstance(params, tuple):
        params = (params,)
    return _GenericAlias(self, params, 'Concatenate')


Union = _SpecialForm('Union', _union_getitem)
Optional = _SpecialForm('Optional', _optional_getitem)
ClassVar = _SpecialForm('ClassVar', _simple_getitem)
Final = _SpecialForm('Final', _simple_getitem)
Literal = _SpecialForm('Literal', _literal_getitem)
Annotated = _SpecialForm('Annotated', _annotated_getitem)
TypeGuard = _SpecialForm('TypeGuard', _simple_getitem)
Required = _SpecialForm('Required', _simple_getitem)
NotRequired = _SpecialForm('NotRequired', _simple_getitem)
Unpack = _SpecialForm('Unpack', _simple_getitem)
Concatenate = _SpecialForm('Concatenate', _concat_getitem)


# ---- type variables ---------------------------------------------------------------------------
class TypeVar(_Final):
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = tuple(_type_check(c) for c in constraints)
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        self.__bound__ = _type_check(bound) if bound is not None else None
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__


class TypeVarTuple(_Final):
    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__

    def __iter__(self):
        yield Unpack[self]


class ParamSpecArgs:
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f'{self.__origin__.__name__}.args'


class ParamSpecKwargs:
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f'{self.__origin__.__name__}.kwargs'


class ParamSpec(_Final):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant
        self.args = ParamSpecArgs(self)
        self.kwargs = ParamSpecKwargs(self)

    def __repr__(self):
        return '~' + self.__name__


AnyStr = TypeVar('AnyStr', bytes, str) if 'bytes' in __builtins__ else TypeVar('AnyStr', str, str)
T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')
T_co = TypeVar('T_co', covariant=True)
V_co = TypeVar('V_co', covariant=True)
VT_co = TypeVar('VT_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
CT_co = TypeVar('CT_co', covariant=True)


# ---- aliases of runtime classes ---------------------------------------------------------------
_GEN_TYPE = type((lambda: (yield))())


def _structural(names):
    def check(obj):
        t = type(obj)
        for n in names:
            if not hasattr(t, n) and not hasattr(obj, n):
                return False
        return True
    return check


# fallbacks when collections.abc is not available: builtin types known to qualify, plus duck typing
_BUILTIN_ABC = {
    'Iterable': ((list, tuple, str, dict, set, frozenset, range, _GEN_TYPE, type(iter([])), type(iter(())),
                  type(iter('')), type(iter(range(0))), type({}.keys()), type({}.values()), type({}.items())), ('__iter__',)),
    'Iterator': ((_GEN_TYPE, type(iter([])), type(iter(())), type(iter('')), type(iter(range(0)))), ('__next__',)),
    'Generator': ((_GEN_TYPE,), ('send', 'throw')),
    'Reversible': ((list, tuple, str, range, dict), ('__reversed__',)),
    'Sized': ((list, tuple, str, dict, set, frozenset, range), ('__len__',)),
    'Container': ((list, tuple, str, dict, set, frozenset, range), ('__contains__',)),
    'Collection': ((list, tuple, str, dict, set, frozenset, range), ('__len__', '__iter__', '__contains__')),
    'Sequence': ((list, tuple, str, range), ('__getitem__', '__len__', 'index', 'count')),
    'MutableSequence': ((list,), ('__getitem__', '__setitem__', '__delitem__', 'insert')),
    'Mapping': ((dict,), ('__getitem__', 'keys', 'items', 'get')),
    'MutableMapping': ((dict,), ('__getitem__', '__setitem__', '__delitem__', 'keys')),
    'AbstractSet': ((set, frozenset, type({}.keys()), type({}.items())), ('__contains__', 'isdisjoint', '__and__')),
    'MutableSet': ((set,), ('add', 'discard', '__contains__')),
    'Hashable': ((int, float, str, tuple, frozenset, bool, _NoneType, type), ()),
    'Awaitable': ((), ('__await__',)),
    'Coroutine': ((), ('send', 'throw', '__await__')),
    'AsyncIterable': ((), ('__aiter__',)),
    'AsyncIterator': ((), ('__anext__',)),
    'AsyncGenerator': ((), ('asend', 'athrow')),
    'KeysView': ((type({}.keys()),), ()),
    'ValuesView': ((type({}.values()),), ()),
    'ItemsView': ((type({}.items()),), ()),
    'MappingView': ((type({}.keys()), type({}.values()), type({}.items())), ()),
    'ContextManager': ((), ('__enter__', '__exit__')),
    'AsyncContextManager': ((), ('__aenter__', '__aexit__')),
}


def _runtime_origin(cls):
    o = cls.__dict__.get('_origin')
    if o is not None:
        return o
    coll = cls.__dict__.get('_coll')
    if coll is not None:
        o = _collections(coll)
        if o is not None:
            setattr(cls, '_origin', o)
        return o
    abcname = cls.__dict__.get('_abc')
    if abcname is not None:
        try:
            import collections.abc as cabc
            o = getattr(cabc, abcname, None)
        except ImportError:
            o = None
        if abcname == 'ContextManager' or abcname == 'AsyncContextManager':
            try:
                import contextlib
                o = getattr(contextlib, 'AbstractContextManager' if abcname == 'ContextManager' else 'AbstractAsyncContextManager', None)
            except ImportError:
                o = None
        if o is not None:
            setattr(cls, '_origin', o)
    return o


class _AliasMeta(type):
    """Metaclass of the unsubscripted aliases (List, Dict, Iterable, ...)."""

    def __new__(mcls, name, bases, ns, **kw):
        if '_alias_name' in ns:
            return super().__new__(mcls, name, bases, ns)
        # a user class deriving from an alias: derive from the runtime class instead
        new_bases = []
        for b in bases:
            if isinstance(b, _AliasMeta):
                o = _runtime_origin(b)
                b = o if isinstance(o, type) else Generic
            if b not in new_bases:
                new_bases.append(b)
        meta = type
        for b in new_bases:
            if issubclass(type(b), meta):
                meta = type(b)
        return meta(name, tuple(new_bases), ns, **kw)

    def __repr__(cls):
        return 'typing.' + cls._alias_name

    def __getitem__(cls, params):
        origin = _runtime_origin(cls)
        name = cls._alias_name
        if origin is None:
            origin = cls
        if name == 'Callable':
            if not isinstance(params, tuple) or len(params) != 2:
                raise TypeError('Callable must be used as Callable[[arg, ...], result].')
            args, result = params
            if args is ...:
                return _CallableGenericAlias(origin, (..., result), name)
            if not isinstance(args, (list, tuple)):
                raise TypeError(f'Callable[args, result]: args must be a list. Got {_type_repr(args)}')
            return _CallableGenericAlias(origin, tuple(args) + (result,), name)
        if name == 'Tuple' and params == ():
            return _GenericAlias(origin, (), name)
        return _GenericAlias(origin, params, name, cls._alias_inst)

    def __instancecheck__(cls, obj):
        origin = _runtime_origin(cls)
        if origin is not None:
            return isinstance(obj, origin)
        name = cls._alias_name
        if name == 'Callable':
            return callable(obj)
        types, names = _BUILTIN_ABC.get(name, ((), ()))
        if isinstance(obj, types):
            return True
        if name == 'Hashable':
            return type(obj).__hash__ is not None
        if not names:
            return False
        for n in names:
            if not hasattr(obj, n):
                return False
        return True

    def __subclasscheck__(cls, sub):
        origin = _runtime_origin(cls)
        if origin is not None:
            return issubclass(sub, origin)
        types, names = _BUILTIN_ABC.get(cls._alias_name, ((), ()))
        if sub in types or sub is cls:
            return True
        return bool(names) and all(hasattr(sub, n) for n in names)

    def __call__(cls, *args, **kwargs):
        origin = _runtime_origin(cls)
        if not cls._alias_inst or origin is None:
            lower = origin.__name__ if isinstance(origin, type) else cls._alias_name.lower()
            raise TypeError(f'Type {cls._alias_name} cannot be instantiated; use {lower}() instead')
        return origin(*args, **kwargs)

    def __or__(cls, other):
        return Union[cls, other]

    def __ror__(cls, other):
        return Union[other, cls]


def _alias(name, origin=None, inst=True, abc=None, coll=None):
    ns = {'_alias_name': name, '_alias_inst': inst, '__module__': 'typing'}
    if coll is not None:
        ns['_coll'] = coll
    if origin is not None:
        ns['_origin'] = origin
    if abc is not None:
        ns['_abc'] = abc
    return _AliasMeta(name, (), ns)


def _collections(name):
    try:
        import collections
        return getattr(collections, name, None)
    except ImportError:
        return None


List = _alias('List', list, False)
Dict = _alias('Dict', dict, False)
Set = _alias('Set', set, False)
FrozenSet = _alias('FrozenSet', frozenset, False)
Tuple = _alias('Tuple', tuple, False)
Type = _alias('Type', type)
Text = str
Deque = _alias('Deque', coll='deque')
DefaultDict = _alias('DefaultDict', coll='defaultdict')
OrderedDict = _alias('OrderedDict', coll='OrderedDict')
Counter = _alias('Counter', coll='Counter')
ChainMap = _alias('ChainMap', coll='ChainMap')
Callable = _alias('Callable', None, True, 'Callable')
Iterable = _alias('Iterable', None, True, 'Iterable')
Iterator = _alias('Iterator', None, True, 'Iterator')
Generator = _alias('Generator', None, True, 'Generator')
Reversible = _alias('Reversible', None, True, 'Reversible')
Sized = _alias('Sized', None, True, 'Sized')
Container = _alias('Container', None, True, 'Container')
Collection = _alias('Collection', None, True, 'Collection')
Sequence = _alias('Sequence', None, True, 'Sequence')
MutableSequence = _alias('MutableSequence', None, True, 'MutableSequence')
Mapping = _alias('Mapping', None, True, 'Mapping')
MutableMapping = _alias('MutableMapping', None, True, 'MutableMapping')
MutableSet = _alias('MutableSet', None, True, 'MutableSet')
Hashable = _alias('Hashable', None, True, 'Hashable')
Awaitable = _alias('Awaitable', None, True, 'Awaitable')
Coroutine = _alias('Coroutine', None, True, 'Coroutine')
AsyncIterable = _alias('AsyncIterable', None, True, 'AsyncIterable')
AsyncIterator = _alias('AsyncIterator', None, True, 'AsyncIterator')
AsyncGenerator = _alias('AsyncGenerator', None, True, 'AsyncGenerator')
KeysView = _alias('KeysView', None, True, 'KeysView')
ValuesView = _alias('ValuesView', None, True, 'ValuesView')
ItemsView = _alias('ItemsView', None, True, 'ItemsView')
MappingView = _alias('MappingView', None, True, 'MappingView')
ContextManager = _alias('ContextManager', None, True, 'ContextManager')
AsyncContextManager = _alias('AsyncContextManager', None, True, 'AsyncContextManager')
AbstractSet = _alias('AbstractSet', None, True, 'Set')
_BUILTIN_ABC['Set'] = _BUILTIN_ABC['AbstractSet']
ByteString = _alias('ByteString', None, True, 'ByteString')
Pattern = _alias('Pattern', None, False, 'Pattern')
Match = _alias('Match', None, False, 'Match')


class Generic:
    """Base class for generic classes; Generic[T] evaluates to Generic itself."""
    _is_protocol = False

    def __class_getitem__(cls, params):
        # Generic[T] itself stays Generic (a base class); a user generic gives an alias
        if cls.__module__ == 'typing' and cls.__name__ in ('Generic', 'Protocol'):
            return cls
        return _GenericAlias(cls, params)


# ---- Protocol ------------------------------------------------------------------------------
try:
    from abc import ABCMeta as _ProtoBase
except ImportError:
    _ProtoBase = type

_SPECIAL_NAMES = {'__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__',
                  '__module__', '__new__', '__slots__', '__subclasshook__', '__weakref__',
                  '__class_getitem__', '__qualname__', '_is_protocol', '_is_runtime_protocol',
                  '__parameters__', '__orig_bases__', '__init_subclass__', '__protocol_attrs__',
                  '_abc_impl', '__abstractmethods__', '__hash__', '__eq__'}


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        d = base.__dict__
        for attr in list(d.keys()) + list(d.get('__annotations__', {}).keys()):
            if not attr.startswith('_abc_') and attr not in _SPECIAL_NAMES:
                attrs.add(attr)
    return attrs


class _ProtocolMeta(_ProtoBase):
    def __instancecheck__(cls, instance):
        if cls.__dict__.get('_is_protocol', False):
            if not cls.__dict__.get('_is_runtime_protocol', False):
                raise TypeError('Instance and class checks can only be used with @runtime_checkable protocols')
            if cls in type(instance).__mro__:
                return True
            for attr in _protocol_attrs(cls):
                if not hasattr(instance, attr):
                    return False
                if getattr(cls, attr, None) is not None and getattr(instance, attr) is None and callable(getattr(cls, attr)):
                    return False
            return True
        return super().__instancecheck__(instance)

    def __subclasscheck__(cls, other):
        if cls.__dict__.get('_is_protocol', False):
            if not cls.__dict__.get('_is_runtime_protocol', False):
                raise TypeError('Instance and class checks can only be used with @runtime_checkable protocols')
            for attr in _protocol_attrs(cls):
                if not hasattr(other, attr):
                    return False
            return True
        return super().__subclasscheck__(other)


class Protocol(Generic, metaclass=_ProtocolMeta):
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)


def runtime_checkable(cls):
    if not issubclass(cls, Generic) or not cls.__dict__.get('_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol classes, got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


runtime = runtime_checkable


class SupportsInt(Protocol):
    def __int__(self): pass


class SupportsFloat(Protocol):
    def __float__(self): pass


class SupportsIndex(Protocol):
    def __index__(self): pass


class SupportsAbs(Protocol):
    def __abs__(self): pass


class SupportsRound(Protocol):
    def __round__(self, ndigits=0): pass


class SupportsBytes(Protocol):
    def __bytes__(self): pass


class SupportsComplex(Protocol):
    def __complex__(self): pass


for _p in (SupportsInt, SupportsFloat, SupportsIndex, SupportsAbs, SupportsRound, SupportsBytes, SupportsComplex):
    _p._is_runtime_protocol = True
del _p


# ---- functions -------------------------------------------------------------------------------
def cast(typ, val):
    return val


def assert_type(val, typ, /):
    return val


def reveal_type(obj, /):
    print(f'Runtime type is {type(obj).__name__!r}', file=_sys.stderr) if hasattr(_sys, 'stderr') else None
    return obj


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f'Expected code to be unreachable, but got: {value}')


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        'You should not call an overloaded function. '
        'A series of @overload-decorated functions '
        'outside a stub module should always be followed '
        'by an implementation that is not @overload-ed.')


_overload_registry = {}


def overload(func):
    key = getattr(func, '__qualname__', None)
    _overload_registry.setdefault(key, []).append(func)
    return _overload_dummy


def get_overloads(func):
    return list(_overload_registry.get(getattr(func, '__qualname__', None), []))


def clear_overloads():
    _overload_registry.clear()


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    return arg


def no_type_check_decorator(decorator):
    return decorator


def dataclass_transform(**kwargs):
    def decorator(cls_or_fn):
        return cls_or_fn
    return decorator


def override(method):
    return method


def get_origin(tp):
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, _GenericAlias):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if type(tp).__name__ == 'UnionType':
        return getattr(tp, '__origin__', None)
    return getattr(tp, '__origin__', None) if type(tp).__name__ == 'GenericAlias' else None


def get_args(tp):
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _CallableGenericAlias):
        args = tp.__args__
        if args and args[0] is not ...:
            return (list(args[:-1]), args[-1])
        return args
    if isinstance(tp, _GenericAlias):
        return tp.__args__
    return getattr(tp, '__args__', ())


def _lookup_name(name, g, l):
    for ns in (l, g):
        if ns is not None and name in ns:
            return ns[name]
    if name == 'None':
        return None
    b = __builtins__ if isinstance(__builtins__, dict) else getattr(__builtins__, '__dict__', {})
    if name in b:
        return b[name]
    raise NameError("name '%s' is not defined" % name)


class _TypeExprParser:
    """Evaluates the subset of Python used in string annotations: dotted names, subscripts,
    lists, tuples, literals, ... and X | Y."""

    def __init__(self, s, g, l):
        self.s = s
        self.i = 0
        self.g = g
        self.l = l

    def ws(self):
        while self.i < len(self.s) and self.s[self.i] in ' \t\n':
            self.i += 1

    def peek(self):
        self.ws()
        return self.s[self.i] if self.i < len(self.s) else ''

    def expect(self, c):
        if self.peek() != c:
            raise SyntaxError(c)
        self.i += 1

    def expr(self):
        items = [self.primary()]
        while self.peek() == '|':
            self.i += 1
            items.append(self.primary())
        v = items[0]
        for it in items[1:]:
            v = v | it
        return v

    def args(self, close):
        vals = []
        trailing = False
        while self.peek() != close:
            vals.append(self.expr())
            trailing = False
            if self.peek() == ',':
                self.i += 1
                trailing = True
            else:
                break
        self.expect(close)
        return vals, trailing

    def name(self):
        s = self.s
        j = self.i
        while j < len(s) and (s[j].isalnum() or s[j] == '_'):
            j += 1
        if j == self.i:
            raise SyntaxError(s)
        n = s[self.i:j]
        self.i = j
        return n

    def primary(self):
        c = self.peek()
        s = self.s
        if c == '[':
            self.i += 1
            vals, _ = self.args(']')
            v = vals
        elif c == '(':
            self.i += 1
            vals, trailing = self.args(')')
            v = tuple(vals) if (trailing or len(vals) != 1) else vals[0]
        elif c == '"' or c == "'":
            j = s.index(c, self.i + 1)
            v = s[self.i + 1:j]
            self.i = j + 1
        elif s.startswith('...', self.i):
            self.i += 3
            v = ...
        elif c.isdigit() or c == '-':
            j = self.i + 1
            while j < len(s) and (s[j].isalnum() or s[j] in '._'):
                j += 1
            t = s[self.i:j]
            v = float(t) if ('.' in t or 'e' in t) else int(t)
            self.i = j
        elif c.isalpha() or c == '_':
            name = self.name()
            if name in ('True', 'False'):
                v = name == 'True'
            else:
                v = _lookup_name(name, self.g, self.l)
            while self.peek() == '.':
                self.i += 1
                self.ws()
                v = getattr(v, self.name())
        else:
            raise SyntaxError(c)
        while self.peek() == '[':
            self.i += 1
            vals, trailing = self.args(']')
            key = tuple(vals) if (trailing or len(vals) != 1) else vals[0]
            v = v[key]
        return v


def _eval_str(s, globalns, localns):
    p = _TypeExprParser(s, globalns, localns)
    try:
        v = p.expr()
        if p.peek() != '':
            raise SyntaxError(s)
    except NameError:
        raise
    except Exception:
        return ForwardRef(s)
    if v is None:
        return _NoneType
    return v


def _resolve(t, g, l):
    if isinstance(t, ForwardRef):
        v = _eval_str(t.__forward_arg__, g, l)
        return v if not isinstance(v, ForwardRef) else t
    if isinstance(t, str):
        return _eval_str(t, g, l)
    if isinstance(t, _AnnotatedAlias):
        return _AnnotatedAlias(_resolve(t.__origin__, g, l), t.__metadata__)
    if isinstance(t, _LiteralGenericAlias):
        return t
    if isinstance(t, _GenericAlias):
        args = tuple(_resolve(a, g, l) for a in t.__args__)
        if args != t.__args__:
            if isinstance(t, _UnionGenericAlias):
                return Union[args]
            return t.copy_with(args)
    return t


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get('__annotations__', {})
            g = globalns
            if g is None:
                mod = _sys.modules.get(base.__module__)
                g = getattr(mod, '__dict__', None) if mod is not None else None
            for name, value in ann.items():
                if value is None:
                    value = _NoneType
                else:
                    value = _resolve(value, g, localns)
                hints[name] = value
        return hints if include_extras else {k: _strip_annotations(v) for k, v in hints.items()}
    ann = getattr(obj, '__annotations__', None)
    if ann is None:
        raise TypeError(f'{obj!r} is not a module, class, method, or function.')
    g = globalns
    if g is None:
        g = getattr(obj, '__globals__', None)
    for name, value in ann.items():
        if value is None:
            value = _NoneType
        else:
            value = _resolve(value, g, localns)
        hints[name] = value
    return hints if include_extras else {k: _strip_annotations(v) for k, v in hints.items()}


def _strip_annotations(t):
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    return t


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)


# ---- NewType -----------------------------------------------------------------------------------
class NewType:
    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        mod = None
        try:
            mod = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except Exception:
            mod = '__main__'
        self.__module__ = mod

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        raise TypeError(f'Cannot subclass an instance of NewType. Perhaps you were looking for: '
                        f'`{self.__name__} = NewType({self.__name__!r}, {self.__name__})`')


# ---- NamedTuple ---------------------------------------------------------------------------------
def _make_nmtuple(name, types, defaults=(), module=None):
    import collections
    fields = [n for n, t in types]
    nt = collections.namedtuple(name, fields, defaults=defaults, module=module)
    nt.__annotations__ = {n: _type_check(t) for n, t in types}
    return nt


_prohibited = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__', '_fields',
                         '_field_defaults', '_make', '_replace', '_asdict', '_source'})
_special = frozenset({'__module__', '__name__', '__annotations__', '__qualname__', '__orig_bases__'})


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        types = ns.get('__annotations__', {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} "
                                f"cannot follow default field{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, list(types.items()),
                               defaults=[ns[n] for n in default_names], module=ns.get('__module__'))
        for key in ns:
            if key in _prohibited:
                raise AttributeError('Cannot overwrite NamedTuple attribute ' + key)
            elif key not in _special and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        return nm_tpl


_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})


class _NamedTupleFunc:
    __name__ = 'NamedTuple'

    def __call__(self, typename, fields=None, /, **kwargs):
        if fields is None:
            fields = kwargs.items()
        elif kwargs:
            raise TypeError('Either list of fields or keywords can be provided to NamedTuple, not both')
        return _make_nmtuple(typename, list(fields), module=_caller())

    def __mro_entries__(self, bases):
        return (_NamedTuple,)

    def __repr__(self):
        return '<function NamedTuple>'


NamedTuple = _NamedTupleFunc()


def _caller(depth=2):
    try:
        return _sys._getframe(depth).f_globals.get('__name__', '__main__')
    except Exception:
        return '__main__'


# ---- TypedDict -----------------------------------------------------------------------------------
class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not dict:
                raise TypeError('cannot inherit from both a TypedDict type and a non-TypedDict base class')
        annotations = {}
        required = set()
        optional = set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required.update(base.__dict__.get('__required_keys__', ()))
            optional.update(base.__dict__.get('__optional_keys__', ()))
        own = ns.get('__annotations__', {})
        for k, v in own.items():
            annotations[k] = v
            is_req = total
            if isinstance(v, _GenericAlias) and v.__origin__ is Required:
                is_req = True
            elif isinstance(v, _GenericAlias) and v.__origin__ is NotRequired:
                is_req = False
            if is_req:
                required.add(k)
                optional.discard(k)
            else:
                optional.add(k)
                required.discard(k)
        ns = dict(ns)
        ns['__annotations__'] = annotations
        ns['__required_keys__'] = frozenset(required)
        ns['__optional_keys__'] = frozenset(optional)
        ns['__total__'] = total
        return type.__new__(_TypedDictMeta, name, (dict,), ns)

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __instancecheck__(cls, obj):
        raise TypeError('TypedDict does not support instance and class checks')

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')


class _TypedDictFunc:
    __name__ = 'TypedDict'

    def __call__(self, typename, fields=None, /, *, total=True, **kwargs):
        if fields is None:
            fields = kwargs
        ns = {'__annotations__': dict(fields), '__module__': _caller()}
        return _TypedDictMeta(typename, (), ns, total=total)

    def __mro_entries__(self, bases):
        return (_TypedDict,)


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})
TypedDict = _TypedDictFunc()


# IO placeholders
class IO(Generic):
    pass


class TextIO(IO):
    pass


class BinaryIO(IO):
    pass
