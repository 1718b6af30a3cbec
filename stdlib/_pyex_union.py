"""types.UnionType: the value of `X | Y` on classes (PEP 604). The VM calls _make(a, b) when both
operands of `|` are classes or None. A tuple subclass, so isinstance(x, int | str) works."""

_NoneType = type(None)


def _repr(t):
    if t is _NoneType:
        return 'None'
    if isinstance(t, type):
        if t.__module__ == 'builtins':
            return t.__qualname__
        return t.__module__ + '.' + t.__qualname__
    return repr(t)


class UnionType(tuple):
    __slots__ = ()
    __module__ = 'types'

    @property
    def __args__(self):
        return tuple(self)

    @property
    def __parameters__(self):
        return ()

    def __repr__(self):
        return ' | '.join(_repr(a) for a in self)

    def __or__(self, other):
        return _make(self, other)

    def __ror__(self, other):
        return _make(other, self)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self) == set(other)

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        return hash(frozenset(self))


def _make(a, b):
    args = []
    for x in (a, b):
        if x is None:
            x = _NoneType
        if isinstance(x, UnionType):
            items = tuple(x)
        elif isinstance(x, type) or type(x).__name__ in ('GenericAlias', '_GenericAlias', 'TypeVar'):
            items = (x,)
        else:
            return NotImplemented
        for i in items:
            if i not in args:
                args.append(i)
    if len(args) == 1:
        return args[0]
    return UnionType(args)
