"""copyreg: the registry of reduction functions that pickle and copy consult (dispatch_table),
the reconstructors pickles refer to (__newobj__, __newobj_ex__, _reconstructor), the extension
code registry, and `_reduce_ex`: object.__reduce_ex__'s default reduction (pyex's object type has
no __reduce_ex__, so pickle and copy call this instead)."""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension", "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, pickle_complex, complex)


def pickle_union(obj):
    import functools, operator
    return functools.reduce, (operator.or_, obj.__args__)


def _reconstructor(cls, base, state):
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    """The names of the slots of cls and its bases (cached in cls.__slotnames__)."""
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    if not hasattr(cls, "__slots__"):
        pass
    else:
        for c in cls.__mro__:
            if "__slots__" in c.__dict__:
                slots = c.__dict__['__slots__']
                if isinstance(slots, str):
                    slots = (slots,)
                for name in slots:
                    if name in ("__dict__", "__weakref__"):
                        continue
                    elif name.startswith('__') and not name.endswith('__'):
                        stripped = c.__name__.lstrip('_')
                        if stripped:
                            names.append('_%s%s' % (stripped, name))
                        else:
                            names.append(name)
                    else:
                        names.append(name)
    try:
        cls.__slotnames__ = names
    except Exception:
        pass
    return names


def _user_method(cls, name):
    for c in cls.__mro__:
        if name in c.__dict__:
            return c is not object and getattr(c, '__module__', None) != 'builtins'
    return False


_NOPICKLE = ('generator', 'coroutine', 'async_generator', 'frame', 'code', 'module', 'cell',
             'list_iterator', 'iterator', 'TextIOWrapper', 'BufferedReader', 'BufferedWriter',
             'FileIO', 'method', 'builtin_function_or_method')


def _getstate(obj):
    if _user_method(type(obj), '__getstate__'):
        return obj.__getstate__()
    d = getattr(obj, '__dict__', None)
    state = dict(d) if d else None
    slots = {}
    for name in _slotnames(type(obj)):
        try:
            slots[name] = getattr(obj, name)
        except AttributeError:
            pass
    if slots:
        return (state, slots)
    return state


def _reduce_ex(obj, proto):
    """object.__reduce_ex__(proto) for objects without their own __reduce_ex__/__reduce__."""
    cls = type(obj)
    if cls.__name__ in _NOPICKLE:
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    if proto < 2:
        return _reduce_old(obj, proto)
    if _user_method(cls, '__getnewargs_ex__'):
        args, kwargs = obj.__getnewargs_ex__()
        if not isinstance(args, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple of length 2, not 'tuple'")
    elif _user_method(cls, '__getnewargs__'):
        args, kwargs = obj.__getnewargs__(), None
        if not isinstance(args, tuple):
            raise TypeError("__getnewargs__ should return a tuple, not '%s'" % type(args).__name__)
    else:
        args, kwargs = (), None
    if kwargs:
        # the pickler turns this into a functools.partial call below protocol 4
        func, newargs = __newobj_ex__, (cls, args, kwargs)
    else:
        func, newargs = __newobj__, (cls,) + tuple(args)
    state = _getstate(obj)
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    return func, newargs, state, listitems, dictitems


def _reduce_old(obj, proto):
    # protocols 0 and 1: copyreg._reduce_ex
    cls = obj.__class__
    for base in cls.__mro__:
        if hasattr(base, '__flags__') and not base.__flags__ & (1 << 9):
            break
        new = base.__new__
        if isinstance(new, type(len)) and getattr(new, '__self__', None) is base:
            break
        if base.__module__ == 'builtins':
            break
    else:
        base = object
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError(f"cannot pickle {cls.__name__!r} object")
        state = base(obj)
    args = (cls, base, state)
    try:
        getstate = obj.__getstate__ if _user_method(cls, '__getstate__') else None
    except AttributeError:
        getstate = None
    if getstate:
        dict_ = getstate()
    else:
        dict_ = getattr(obj, '__dict__', None) or None
    if dict_:
        return _reconstructor, args, dict_
    return _reconstructor, args


_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def add_extension(module, name, code):
    """Register an extension code."""
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if (_extension_registry.get(key) == code and _inverted_registry.get(code) == key):
        return
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s" % (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s" % (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Unregister an extension code.  For testing only."""
    key = (module, name)
    if (_extension_registry.get(key) != code or _inverted_registry.get(code) != key):
        raise ValueError("key %s is not registered with code %s" % (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    if code in _extension_cache:
        del _extension_cache[code]


def clear_extension_cache():
    _extension_cache.clear()
