"""_weakrefset: WeakSet (strong semantics in pyex, see weakref) and the shared referent checks."""
import collections.abc as _abc

__all__ = ['WeakSet']

# id(obj) -> [obj, [refs and proxies]]: getweakrefcount/getweakrefs and the shared plain ref
_registry = {}

# CPython types without weak-reference support (no tp_weaklistoffset)
_NOWEAK = (int, float, complex, str, bytes, tuple, list, dict, bool, type(None), bytearray, type(...),
           type(NotImplemented), range, slice)


def _check_referent(ob):
    t = type(ob)
    if t in _NOWEAK or isinstance(ob, (int, tuple, bytes)):
        # subclasses of int, tuple and bytes cannot carry a weakref slot either
        raise TypeError("cannot create weak reference to '%s' object" % t.__name__)
    slots = None
    for k in t.__mro__[:-1]:
        if '__slots__' not in k.__dict__:
            return
        s = k.__dict__['__slots__']
        s = (s,) if isinstance(s, str) else s
        if '__weakref__' in s:
            return
        slots = s
    if slots is not None and t.__module__ not in ('weakref', '_weakrefset'):
        raise TypeError("cannot create weak reference to '%s' object" % t.__name__)


class WeakSet(_abc.MutableSet):
    def __init__(self, data=None):
        self.data = {}
        if data is not None:
            self.update(data)

    def _ref(self, item):
        import weakref
        return weakref.ref(item)

    def __iter__(self):
        for r in list(self.data):
            yield r()

    def __len__(self):
        return len(self.data)

    def __contains__(self, item):
        try:
            r = self._ref(item)
        except TypeError:
            return False
        return r in self.data

    def __reduce__(self):
        return (self.__class__, (list(self),), getattr(self, '__dict__', None))

    def add(self, item):
        self.data[self._ref(item)] = None

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        while True:
            try:
                r, _ = self.data.popitem()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            return r()

    def remove(self, item):
        del self.data[self._ref(item)]

    def discard(self, item):
        self.data.pop(self._ref(item), None)

    def update(self, other):
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        new = self.copy()
        new.difference_update(other)
        return new
    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        if self is other:
            self.data.clear()
        else:
            for item in other:
                self.discard(item)
        return self

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)
    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        keep = [self._ref(item) for item in other if item in self]
        self.data = dict.fromkeys(k for k in self.data if k in keep)
        return self

    def issubset(self, other):
        return all(item in other for item in self)
    __le__ = issubset

    def __lt__(self, other):
        return len(self) < len(other) and self.issubset(other)

    def issuperset(self, other):
        return all(item in self for item in other)
    __ge__ = issuperset

    def __gt__(self, other):
        return len(self) > len(other) and self.issuperset(other)

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return set(self.data) == set(other.data)

    def symmetric_difference(self, other):
        new = self.copy()
        new.symmetric_difference_update(other)
        return new
    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        if self is other:
            self.data.clear()
        else:
            for item in other:
                r = self._ref(item)
                if r in self.data:
                    del self.data[r]
                else:
                    self.data[r] = None
        return self

    def union(self, other):
        return self.__class__(e for s in (self, other) for e in s)
    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0

    def __repr__(self):
        return repr(set(self.data))

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)
