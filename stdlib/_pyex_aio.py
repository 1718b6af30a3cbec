"""Tool calls for asyncio event loops (docs/capabilities.md, "asyncio and tools").

An event loop integrates with two hooks:
  * asyncio.to_thread(func, ...) / loop.run_in_executor(None, func, ...): when func is a tool
    (it has `_pyex_tool`, see stdlib/tools.py), return `host_call(loop, func._pyex_tool, args, kwargs)`
    instead of calling it;
  * when the loop has nothing ready to run and `has_pending()` is true, call `flush()` before
    looking at timers: the pending calls go to the host as one `tool.batch`, which runs them
    concurrently, and their futures are resolved.
"""

import _pyex

_pending = []


def host_call(loop, name, args, kwargs):
    fut = loop.create_future()
    _pending.append((fut, name, tuple(args), dict(kwargs)))
    return fut


def has_pending():
    return bool(_pending)


def flush():
    calls = list(_pending)
    del _pending[:]
    if not calls:
        return
    outcomes = _pyex.call("tool.batch", [(name, args, kwargs) for _, name, args, kwargs in calls])
    b = __builtins__ if isinstance(__builtins__, dict) else vars(__builtins__)
    for (fut, _, _, _), (ok, value) in zip(calls, outcomes):
        if fut.done():
            continue
        if ok:
            fut.set_result(value)
        else:
            name, args = value
            cls = b.get(name) if isinstance(name, str) else None
            if not (isinstance(cls, type) and issubclass(cls, BaseException)):
                cls = RuntimeError
            fut.set_exception(cls(*args))
