"""Names for the built-in types (those the interpreter has) and SimpleNamespace & co."""

import sys as _sys


def _f(): pass
FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)


def _g():
    yield 1
GeneratorType = type(_g())


class _C:
    def _m(self): pass
MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(_sys)
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(Ellipsis)


async def _c(): pass
_co = _c()
CoroutineType = type(_co)
_co.close()


async def _ag(): yield
AsyncGeneratorType = type(_ag())
del _f, _g, _C, _c, _co, _ag

try:
    raise TypeError
except TypeError as _e:
    _tb = _e.__traceback__
    TracebackType = type(_tb) if _tb is not None else None
    del _tb


class SimpleNamespace:
    """A simple attribute-based namespace."""

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        return f'{name}({", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())})'

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return type(self), (), self.__dict__


SimpleNamespace.__module__ = 'types'


class GenericAlias:
    """Represent a PEP 585 generic type (list[int])."""

    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)

    @property
    def __parameters__(self):
        # the type variables among the arguments (and inside nested aliases), in order
        params = []
        for a in self.__args__:
            found = (a,) if type(a).__name__ in ('TypeVar', 'ParamSpec', 'TypeVarTuple') else getattr(a, '__parameters__', ())
            if not isinstance(found, tuple):
                continue
            for p in found:
                if p not in params:
                    params.append(p)
        return tuple(params)

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        raise TypeError('isinstance() argument 2 cannot be a parameterized generic')

    def __subclasscheck__(self, cls):
        raise TypeError('issubclass() argument 2 cannot be a parameterized generic')

    def __or__(self, other):
        import _pyex_union
        return _pyex_union._make(self, other)

    def __ror__(self, other):
        import _pyex_union
        return _pyex_union._make(other, self)

    def __repr__(self):
        def r(a):
            if isinstance(a, type):
                return a.__qualname__ if a.__module__ == 'builtins' else f'{a.__module__}.{a.__qualname__}'
            if a is Ellipsis:
                return '...'
            return repr(a)
        if not self.__args__:
            return f'{r(self.__origin__)}[()]'
        return f'{r(self.__origin__)}[{", ".join(r(a) for a in self.__args__)}]'

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __getitem__(self, params):
        if not self.__parameters__:
            raise TypeError(f'{self!r} is not a generic class')
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) != len(self.__parameters__):
            raise TypeError(f"Too {'many' if len(params) > len(self.__parameters__) else 'few'} arguments for {self!r}")
        subst = dict(zip(self.__parameters__, params))
        def sub(a):
            if a in subst if type(a).__name__ == 'TypeVar' else False:
                return subst[a]
            ps = getattr(a, '__parameters__', ())
            if isinstance(ps, tuple) and ps and hasattr(a, '__getitem__'):
                return a[tuple(subst.get(p, p) for p in ps)]
            return a
        return GenericAlias(self.__origin__, tuple(sub(a) for a in self.__args__))

    def __getattr__(self, name):
        if name.startswith('__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)


from _pyex_union import UnionType


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    kwds = dict(kwds) if kwds else {}
    meta = kwds.pop('metaclass', None)
    if meta is None:
        meta = type(bases[0]) if bases else type
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    return meta(name, tuple(bases), ns, **kwds)


def resolve_bases(bases):
    return tuple(bases)


class _GeneratorWrapper:
    """What types.coroutine() makes of a generator: awaitable (its __await__ is the generator)."""

    def __init__(self, gen):
        self.__wrapped = gen
        self.__isgen = gen.__class__ is GeneratorType
        self.__name__ = getattr(gen, '__name__', None)
        self.__qualname__ = getattr(gen, '__qualname__', None)

    def send(self, val):
        return self.__wrapped.send(val)

    def throw(self, tp, *rest):
        return self.__wrapped.throw(tp, *rest)

    def close(self):
        return self.__wrapped.close()

    @property
    def gi_code(self):
        return self.__wrapped.gi_code

    @property
    def gi_running(self):
        return self.__wrapped.gi_running

    cr_code = gi_code
    cr_running = gi_running

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        if self.__isgen:
            return self.__wrapped
        return self

    __await__ = __iter__


def coroutine(func):
    """Make a generator function awaitable (`await f()` runs the generator as a `yield from`).
    The generator is wrapped (pyex cannot flag the code object CO_ITERABLE_COROUTINE)."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    code = getattr(func, '__code__', None)
    if code is not None and code.co_flags & 0x180:
        return func

    def wrapped(*args, **kwargs):
        coro = func(*args, **kwargs)
        if coro.__class__ is CoroutineType:
            return coro
        if coro.__class__ is GeneratorType or (hasattr(coro, '__next__') and hasattr(coro, 'send')):
            return _GeneratorWrapper(coro)
        return coro
    for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
        try:
            setattr(wrapped, attr, getattr(func, attr))
        except AttributeError:
            pass
    wrapped.__wrapped__ = func
    return wrapped


class DynamicClassAttribute(property):
    pass


class MappingProxyType:
    """A read-only view of a mapping (CPython's mappingproxy)."""
    __slots__ = ('_m',)

    def __new__(cls, mapping):
        if not hasattr(mapping, 'keys') or not hasattr(mapping, '__getitem__') or isinstance(mapping, (list, tuple)):
            raise TypeError("mappingproxy() argument must be a mapping, not %s" % type(mapping).__name__)
        self = object.__new__(cls)
        object.__setattr__(self, '_m', mapping)
        return self

    def __getitem__(self, k):
        return self._m[k]

    def __iter__(self):
        return iter(self._m)

    def __reversed__(self):
        return reversed(self._m)

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
        return self._m.copy()

    def __eq__(self, other):
        return self._m == other

    def __or__(self, other):
        return dict(self._m) | other

    def __ror__(self, other):
        return other | dict(self._m)

    def __ior__(self, other):
        raise TypeError("'|=' is not supported by mappingproxy; use '|' instead")

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._m,)

    def __str__(self):
        return str(self._m)

    def __setattr__(self, k, v):
        raise AttributeError("'mappingproxy' object has no attribute %r" % k)

    __hash__ = None


MappingProxyType.__name__ = MappingProxyType.__qualname__ = 'mappingproxy'
MappingProxyType.__module__ = 'builtins'


def _cell_factory():
    a = 1

    def f():
        nonlocal a
    return f.__closure__[0]


CellType = type(_cell_factory())
UnionType = type(int | str)
# pyex implements these descriptor/wrapper kinds with the builtin function type
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
GetSetDescriptorType = type(FunctionType.__dict__['__code__']) if '__code__' in getattr(FunctionType, '__dict__', {}) else property
MemberDescriptorType = GetSetDescriptorType
try:
    raise TypeError
except TypeError as _e:
    FrameType = type(_e.__traceback__.tb_frame)
    del _e


def prepare_class(name, bases=(), kwds=None):
    """Call the __prepare__ method of the appropriate metaclass: (metaclass, namespace, kwds)."""
    if kwds is None:
        kwds = {}
    else:
        kwds = dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def _calculate_meta(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                        "subclass of the metaclasses of all its bases")
    return winner
