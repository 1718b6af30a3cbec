"""weakref with strong semantics (pyex).

WebAssembly GC gives the VM no weak references, so a weak reference here keeps its referent
alive: ref() always returns the object, callbacks never run, Weak*Dictionary/WeakSet never lose
entries, and finalize() runs only when called. Everything else follows CPython 3.11: which objects
accept weak references (the TypeError for int/str/tuple/list/dict/...), reprs, equality and
hashing of refs, the one shared callback-less ref per object, WeakMethod, proxies and the
container APIs. docs/stdlib.md lists the difference.
"""
import sys
import itertools
from _weakrefset import WeakSet

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary", "ReferenceType",
           "ProxyType", "CallableProxyType", "ProxyTypes", "WeakValueDictionary", "WeakSet",
           "WeakMethod", "finalize"]

from _weakrefset import _check_referent, _registry


class ReferenceType:
    """A reference to an object; calling it returns the object (always alive in pyex)."""
    __slots__ = ('_ob', '__callback__', '_hash', '__weakref__')

    def __new__(cls, ob, callback=None, *args, **kw):
        _check_referent(ob)
        refs = _registry.setdefault(id(ob), [ob, []])[1]
        if callback is None and cls is ReferenceType:
            for r in refs:
                if type(r) is ReferenceType and r.__callback__ is None:
                    return r          # CPython shares the plain callback-less ref
        self = object.__new__(cls)
        self._ob = ob
        self.__callback__ = callback
        self._hash = None
        refs.append(self)
        return self

    def __init__(self, ob, callback=None, *args, **kw):
        pass

    def __call__(self):
        return self._ob

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(self._ob)
        return self._hash

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        return self._ob == other._ob

    def __ne__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        return self._ob != other._ob

    def __repr__(self):
        ob = self._ob
        name = getattr(ob, '__name__', None)
        s = "<weakref at %#x; to '%s' at %#x" % (id(self), type(ob).__name__, id(ob))
        if isinstance(name, str):
            s += " (%s)" % name
        return s + ">"

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


ReferenceType.__module__ = 'weakref'
ref = ReferenceType


class KeyedRef(ref):
    """A ref with a `key` attribute (used by WeakValueDictionary)."""
    __slots__ = ('key',)

    def __new__(cls, ob, callback, key):
        self = ref.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        pass


class WeakMethod(ref):
    """A weak reference to a bound method: calling it rebuilds the bound method."""
    __slots__ = ('_meth_type', '_func_ref')

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}".format(type(meth))) from None
        self = ref.__new__(cls, obj, callback)
        self._func_ref = ref(func)
        self._meth_type = type(meth)
        return self

    def __call__(self):
        obj = ref.__call__(self)
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            return ref.__eq__(self, other) and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            return not self.__eq__(other)
        return NotImplemented

    __hash__ = ref.__hash__


def getweakrefcount(object):
    e = _registry.get(id(object))
    return len(e[1]) if e is not None and e[0] is object else 0


def getweakrefs(object):
    e = _registry.get(id(object))
    return list(e[1]) if e is not None and e[0] is object else []


# ---- proxies: forward every operation to the referent ----
def _fwd(name):
    def method(self, *args):
        return getattr(object.__getattribute__(self, '_ob'), name)(*args)
    method.__name__ = name
    return method


class ProxyType:
    __slots__ = ('_ob', '__callback__', '__weakref__')

    def __init__(self, ob, callback=None):
        object.__setattr__(self, '_ob', ob)
        object.__setattr__(self, '__callback__', callback)

    def __getattribute__(self, name):
        return getattr(object.__getattribute__(self, '_ob'), name)

    def __setattr__(self, name, value):
        setattr(object.__getattribute__(self, '_ob'), name, value)

    def __delattr__(self, name):
        delattr(object.__getattribute__(self, '_ob'), name)

    def __repr__(self):
        ob = object.__getattribute__(self, '_ob')
        return "<weakproxy at %#x; to '%s' at %#x>" % (id(self), type(ob).__name__, id(ob))

    def __str__(self):
        return str(object.__getattribute__(self, '_ob'))

    def __bool__(self):
        return bool(object.__getattribute__(self, '_ob'))

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.ProxyType'")

    def __eq__(self, other):
        return object.__getattribute__(self, '_ob') == _unproxy(other)

    def __ne__(self, other):
        return object.__getattribute__(self, '_ob') != _unproxy(other)

    def __lt__(self, other):
        return object.__getattribute__(self, '_ob') < _unproxy(other)

    def __le__(self, other):
        return object.__getattribute__(self, '_ob') <= _unproxy(other)

    def __gt__(self, other):
        return object.__getattribute__(self, '_ob') > _unproxy(other)

    def __ge__(self, other):
        return object.__getattribute__(self, '_ob') >= _unproxy(other)


for _n in ['__len__', '__iter__', '__next__', '__contains__', '__getitem__', '__setitem__', '__delitem__',
           '__add__', '__sub__', '__mul__', '__truediv__', '__floordiv__', '__mod__', '__pow__', '__neg__',
           '__pos__', '__abs__', '__invert__', '__and__', '__or__', '__xor__', '__lshift__', '__rshift__',
           '__radd__', '__rsub__', '__rmul__', '__rtruediv__', '__rfloordiv__', '__rmod__', '__int__',
           '__float__', '__index__', '__matmul__', '__iadd__', '__isub__', '__imul__', '__reversed__',
           '__enter__', '__exit__']:
    setattr(ProxyType, _n, _fwd(_n))
del _n


def _unproxy(x):
    if isinstance(x, ProxyType):
        return object.__getattribute__(x, '_ob')
    return x


class CallableProxyType(ProxyType):
    __slots__ = ()

    def __call__(self, *args, **kw):
        return object.__getattribute__(self, '_ob')(*args, **kw)


ProxyType.__module__ = CallableProxyType.__module__ = 'weakref'
ProxyTypes = (ProxyType, CallableProxyType)


def proxy(object, callback=None):
    _check_referent(object)
    p = (CallableProxyType if callable(object) else ProxyType)(object, callback)
    _registry.setdefault(id(object), [object, []])[1].append(p)
    return p


# ---- containers ----
import collections.abc as _abc


class WeakValueDictionary(_abc.MutableMapping):
    """Mapping whose values must accept weak references (kept alive in pyex)."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self.update(other, **kw)

    def __getitem__(self, key):
        return self.data[key]()

    def __setitem__(self, key, value):
        self.data[key] = KeyedRef(value, None, key)

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        return iter(list(self.data))

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def copy(self):
        new = WeakValueDictionary()
        new.data = dict(self.data)
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        for key, wr in self.data.items():
            new[deepcopy(key, memo)] = wr()
        return new

    def get(self, key, default=None):
        wr = self.data.get(key)
        return default if wr is None else wr()

    def items(self):
        return [(k, wr()) for k, wr in self.data.items()].__iter__() if False else _abc.ItemsView(self)

    def itervaluerefs(self):
        yield from list(self.data.values())

    def valuerefs(self):
        return list(self.data.values())

    def setdefault(self, key, default=None):
        if key in self.data:
            return self.data[key]()
        self[key] = default
        return default

    def pop(self, key, *args):
        if key in self.data:
            return self.data.pop(key)()
        if args:
            return args[0]
        raise KeyError(key)

    def popitem(self):
        key, wr = self.data.popitem()
        return key, wr()

    def update(self, other=None, /, **kwargs):
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for key, o in other.items():
                self[key] = o
        for key, o in kwargs.items():
            self[key] = o

    def __or__(self, other):
        if isinstance(other, _abc.Mapping):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, _abc.Mapping):
            c = self.__class__()
            c.update(other)
            c.update(self)
            return c
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


class WeakKeyDictionary(_abc.MutableMapping):
    """Mapping whose keys must accept weak references (kept alive in pyex)."""

    def __init__(self, dict=None):
        self.data = {}
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        for wr in list(self.data):
            yield wr()

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def copy(self):
        new = WeakKeyDictionary()
        new.data = dict(self.data)
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        for wr, value in self.data.items():
            new[wr()] = deepcopy(value, memo)
        return new

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def keyrefs(self):
        return list(self.data)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key), default)

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def popitem(self):
        wr, value = self.data.popitem()
        return wr(), value

    def update(self, dict=None, /, **kwargs):
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for key, value in dict.items():
                self[key] = value
        if kwargs:
            self.update(kwargs)

    def __or__(self, other):
        if isinstance(other, _abc.Mapping):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, _abc.Mapping):
            c = self.__class__()
            c.update(other)
            c.update(self)
            return c
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


del WeakValueDictionary.items


class finalize:
    """Call func(*args, **kwargs) when called, or at program exit (objects are never collected in
    pyex, so a finalizer never runs earlier than that)."""
    __slots__ = ('_key', '__weakref__')
    _registry_ = {}
    _index = itertools.count()
    _registered_with_atexit = False

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, /, *args, **kwargs):
        info = self._Info()
        info.weakref = ref(obj)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        info.index = next(self._index)
        self._key = info
        finalize._registry_[self] = info
        if not finalize._registered_with_atexit:
            import atexit
            atexit.register(finalize._exitfunc)
            finalize._registered_with_atexit = True

    @classmethod
    def _exitfunc(cls):
        # pending finalizers with atexit=True, newest first (as CPython at shutdown)
        while True:
            pending = [f for f, i in sorted(cls._registry_.items(), key=lambda fi: fi[1].index) if i.atexit]
            if not pending:
                break
            f = pending[-1]
            try:
                f()
            except Exception:
                sys.excepthook(*sys.exc_info())
            cls._registry_.pop(f, None)

    def __call__(self, _=None):
        info = finalize._registry_.pop(self, None)
        if info:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        info = finalize._registry_.get(self)
        obj = info and info.weakref()
        if obj is not None and finalize._registry_.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        info = finalize._registry_.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        return self in finalize._registry_

    @property
    def atexit(self):
        info = finalize._registry_.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = finalize._registry_.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = finalize._registry_.get(self)
        obj = info and info.weakref()
        if obj is None:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        return '<%s object at %#x; for %r at %#x>' % (type(self).__name__, id(self), type(obj).__name__, id(obj))
