"""iscoroutine / iscoroutinefunction."""

__all__ = ('iscoroutinefunction', 'iscoroutine')

_CO_COROUTINE = 0x80


async def _c():
    pass

_co = _c()
_CoroutineType = type(_co)
_co.close()
del _co, _c


def iscoroutinefunction(func):
    """Return True if func is a coroutine function (an `async def` function)."""
    while True:
        if hasattr(func, '__func__'):
            func = func.__func__
        elif type(func).__name__ == 'partial' and hasattr(func, 'func'):
            func = func.func
        else:
            break
    code = getattr(func, '__code__', None)
    if code is not None and (code.co_flags & _CO_COROUTINE):
        return True
    return getattr(func, '_is_coroutine', None) is _is_coroutine


_is_coroutine = object()


def _g():
    yield

_GeneratorType = type(_g())
del _g


def iscoroutine(obj):
    """Return True if obj is a coroutine object."""
    t = type(obj)
    if t is _CoroutineType or t is _GeneratorType:
        return True
    # collections.abc.Coroutine: send, throw, close and __await__
    return (hasattr(t, 'send') and hasattr(t, 'throw') and hasattr(t, 'close') and hasattr(t, '__await__'))
