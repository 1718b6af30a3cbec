"""Builtins written in Python, bound on first use of their name (vm/interp.ts lazyBuiltin):
BaseExceptionGroup / ExceptionGroup (PEP 654) with the helpers behind except* (CHECK_EG_MATCH,
PREP_RERAISE_STAR), and aiter() / anext()."""


def _is_sequence(x):
    return hasattr(type(x), '__getitem__') and not isinstance(x, dict)


class BaseExceptionGroup(BaseException):
    """A combination of multiple unrelated exceptions."""

    __module__ = 'builtins'

    def __new__(cls, *args, **kwargs):
        if len(args) != 2:
            raise TypeError(f'BaseExceptionGroup.__new__() takes exactly 2 arguments ({len(args)} given)')
        message, excs = args
        if not isinstance(message, str):
            raise TypeError(f'BaseExceptionGroup.__new__() argument 1 must be str, not {type(message).__name__}')
        if not _is_sequence(excs):
            raise TypeError('second argument (exceptions) must be a sequence')
        excs_t = tuple(excs)
        if not excs_t:
            raise ValueError('second argument (exceptions) must be a non-empty sequence')
        nested_base = False
        for i, e in enumerate(excs_t):
            if not isinstance(e, BaseException):
                raise ValueError(f'Item {i} of second argument (exceptions) is not an exception')
            if not isinstance(e, Exception):
                nested_base = True
        if cls is BaseExceptionGroup:
            if not nested_base:
                cls = ExceptionGroup
        elif cls is ExceptionGroup:
            if nested_base:
                raise TypeError('Cannot nest BaseExceptions in an ExceptionGroup')
        elif nested_base and issubclass(cls, Exception):
            raise TypeError(f"Cannot nest BaseExceptions in '{cls.__name__}'")
        self = BaseException.__new__(cls, message, excs)
        self._eg_message = message
        self._eg_exceptions = excs_t
        return self

    def __init__(self, *args, **kwargs):
        BaseException.__init__(self, *args)

    @property
    def message(self):
        return self._eg_message

    @property
    def exceptions(self):
        return self._eg_exceptions

    def __str__(self):
        n = len(self._eg_exceptions)
        return f"{self._eg_message} ({n} sub-exception{'s' if n > 1 else ''})"

    def __class_getitem__(cls, item):
        return cls

    def derive(self, excs):
        return BaseExceptionGroup(self._eg_message, excs)

    def subgroup(self, condition):
        return _split(self, _matcher(condition), False)[0]

    def split(self, condition):
        return _split(self, _matcher(condition), True)


class ExceptionGroup(BaseExceptionGroup, Exception):
    __module__ = 'builtins'


def _matcher(condition):
    if isinstance(condition, type) and issubclass(condition, BaseException):
        return lambda e: isinstance(e, condition)
    if isinstance(condition, tuple) and all(isinstance(c, type) and issubclass(c, BaseException) for c in condition):
        return lambda e: isinstance(e, condition)
    if callable(condition) and not isinstance(condition, type):
        return lambda e: bool(condition(e))
    raise TypeError('expected a function, exception type or tuple of exception types')


def _subset(orig, excs):
    """orig.derive(excs) with orig's traceback, cause, context and a copy of its notes; None if empty."""
    if not excs:
        return None
    eg = orig.derive(excs)
    if not isinstance(eg, BaseExceptionGroup):
        raise TypeError('derive must return an instance of BaseExceptionGroup')
    eg.__traceback__ = orig.__traceback__
    eg.__context__ = orig.__context__
    eg.__cause__ = orig.__cause__
    notes = getattr(orig, '__notes__', None)
    if notes is not None and _is_sequence(notes):
        eg.__notes__ = list(notes)
    return eg


def _split(exc, match, construct_rest):
    if match(exc):
        return exc, None
    if not isinstance(exc, BaseExceptionGroup):
        return None, (exc if construct_rest else None)
    match_list = []
    rest_list = []
    for e in exc.exceptions:
        m, r = _split(e, match, construct_rest)
        if m is not None:
            match_list.append(m)
        if construct_rest and r is not None:
            rest_list.append(r)
    m = _subset(exc, match_list)
    r = _subset(exc, rest_list) if construct_rest else None
    return m, r


def _check_type(t):
    if not (isinstance(t, type) and issubclass(t, BaseException)):
        raise TypeError('catching classes that do not inherit from BaseException is not allowed')
    if issubclass(t, BaseExceptionGroup):
        raise TypeError('catching ExceptionGroup with except* is not allowed. Use except instead.')


def _check_eg_match(exc, match_type):
    """CHECK_EG_MATCH: (rest, match); match None when nothing matches."""
    if isinstance(match_type, tuple):
        for t in match_type:
            _check_type(t)
    else:
        _check_type(match_type)
    if exc is None:
        return None, None
    if isinstance(exc, match_type):
        if isinstance(exc, BaseExceptionGroup):
            return None, exc
        return None, BaseExceptionGroup('', (exc,))
    if isinstance(exc, BaseExceptionGroup):
        m, r = exc.split(match_type)
        return r, m
    return None, None


def _same_metadata(e1, e2):
    return (getattr(e1, '__notes__', None) is getattr(e2, '__notes__', None) and e1.__traceback__ is e2.__traceback__
            and e1.__cause__ is e2.__cause__ and e1.__context__ is e2.__context__)


def _leaf_ids(e, ids):
    if isinstance(e, BaseExceptionGroup):
        for x in e.exceptions:
            _leaf_ids(x, ids)
    else:
        ids.add(id(e))


def _prep_reraise_star(orig, excs):
    """PREP_RERAISE_STAR: what an except* statement re-raises (None: nothing)."""
    if not excs:
        return None
    if not isinstance(orig, BaseExceptionGroup):
        # a naked exception was caught (wrapped): at most one exception to raise
        return excs[0]
    raised = []
    reraised = []
    for e in excs:
        if e is None:
            continue
        (reraised if _same_metadata(e, orig) else raised).append(e)
    reraised_eg = None
    if reraised:
        ids = set()
        for e in reraised:
            _leaf_ids(e, ids)
        reraised_eg = _split(orig, lambda e: not isinstance(e, BaseExceptionGroup) and id(e) in ids, False)[0]
    if not raised:
        return reraised_eg
    if reraised_eg is not None:
        raised.append(reraised_eg)
    if len(raised) > 1:
        return BaseExceptionGroup('', raised)
    return raised[0]


_MISSING = object()


def aiter(async_iterable):
    """Return an AsyncIterator for an AsyncIterable object."""
    t = type(async_iterable)
    m = getattr(t, '__aiter__', None)
    if m is None:
        raise TypeError(f"'{t.__name__}' object is not an async iterable")
    it = m(async_iterable)
    if getattr(type(it), '__anext__', None) is None:
        raise TypeError(f"aiter() returned not an async iterator of type '{type(it).__name__}'")
    return it


def anext(aiterator, default=_MISSING):
    """Return the next item from the async iterator (an awaitable); default when it is exhausted."""
    t = type(aiterator)
    m = getattr(t, '__anext__', None)
    if m is None:
        raise TypeError(f"'{t.__name__}' object is not an async iterator")
    if default is _MISSING:
        return m(aiterator)

    async def _anext_default():
        try:
            return await m(aiterator)
        except StopAsyncIteration:
            return default
    return _anext_default()


aiter.__module__ = anext.__module__ = 'builtins'
