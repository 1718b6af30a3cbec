"""asyncio for the pyex sandbox: a small deterministic event loop.

Tasks run in creation order; asyncio.sleep advances the virtual clock (time.sleep) to the next
timer; tool calls made through `asyncio.to_thread(tool, ...)` (or `loop.run_in_executor`) are collected
while every task is blocked and sent to the host as one batch, which runs them concurrently — so
`await asyncio.gather(asyncio.to_thread(search, a), asyncio.to_thread(search, b))` overlaps the
two host calls. (A tool called directly is a blocking call, as any function call is.)
"""

import _pyex
import time as _time

__all__ = ["run", "gather", "sleep", "create_task", "ensure_future", "wait_for", "wait", "as_completed",
           "get_event_loop", "get_running_loop", "new_event_loop", "set_event_loop", "Future", "Task",
           "CancelledError", "TimeoutError", "InvalidStateError", "iscoroutine", "iscoroutinefunction",
           "Event", "Lock", "Semaphore", "Queue", "QueueEmpty", "QueueFull", "current_task", "all_tasks",
           "shield", "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED", "timeout"]

FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"


class CancelledError(BaseException):
    pass


TimeoutError = TimeoutError


class InvalidStateError(Exception):
    pass


class QueueEmpty(Exception):
    pass


class QueueFull(Exception):
    pass


_PENDING = "PENDING"
_CANCELLED = "CANCELLED"
_FINISHED = "FINISHED"


class Future:
    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        self._loop = loop if loop is not None else _get_loop()
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []

    def __repr__(self):
        return "<%s %s>" % (type(self).__name__, self._state.lower())

    def done(self):
        return self._state != _PENDING

    def cancelled(self):
        return self._state == _CANCELLED

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._exception = CancelledError() if msg is None else CancelledError(msg)
        self._schedule_callbacks()
        return True

    def result(self):
        if self._state == _CANCELLED:
            raise self._exception
        if self._state != _FINISHED:
            raise InvalidStateError("Result is not ready.")
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._exception
        if self._state != _FINISHED:
            raise InvalidStateError("Exception is not set.")
        return self._exception

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError("invalid state")
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError("invalid state")
        if isinstance(exception, type):
            exception = exception()
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()

    def add_done_callback(self, fn, *, context=None):
        if self.done():
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        n = len(self._callbacks)
        self._callbacks = [c for c in self._callbacks if c != fn]
        return n - len(self._callbacks)

    def _schedule_callbacks(self):
        cbs = self._callbacks
        self._callbacks = []
        for cb in cbs:
            self._loop.call_soon(cb, self)

    def get_loop(self):
        return self._loop

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


class _HostCall(Future):
    """A tool call waiting for the loop's next host batch."""

    def __init__(self, name, args, kwargs):
        Future.__init__(self)
        self._call = (name, args, kwargs)
        self._loop._host_calls.append(self)


class Task(Future):
    _counter = 0

    def __init__(self, coro, *, loop=None, name=None):
        Future.__init__(self, loop=loop)
        if not iscoroutine(coro) and not hasattr(coro, "send"):
            raise TypeError("a coroutine was expected, got %r" % (coro,))
        self._coro = coro
        Task._counter += 1
        self._name = name if name is not None else "Task-%d" % Task._counter
        self._must_cancel = False
        self._fut_waiter = None
        self._loop.call_soon(self._step, None)
        self._loop._tasks.append(self)

    def __repr__(self):
        return "<Task %s name=%r>" % (self._state.lower(), self._name)

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_coro(self):
        return self._coro

    def cancel(self, msg=None):
        if self.done():
            return False
        if self._fut_waiter is not None and self._fut_waiter.cancel(msg):
            return True
        self._must_cancel = True
        return True

    def _step(self, _arg):
        if self.done():
            return
        exc = None
        if self._must_cancel:
            exc = CancelledError()
            self._must_cancel = False
        loop = self._loop
        prev = loop._current
        loop._current = self
        try:
            if exc is None:
                result = self._coro.send(None)
            else:
                result = self._coro.throw(exc)
        except StopIteration as e:
            if self._must_cancel:
                Future.cancel(self)
            else:
                Future.set_result(self, e.value)
        except CancelledError as e:
            Future.cancel(self)
        except (KeyboardInterrupt, SystemExit) as e:
            Future.set_exception(self, e)
            raise
        except BaseException as e:
            Future.set_exception(self, e)
        else:
            if isinstance(result, Future):
                if result is self:
                    self._loop.call_soon(self._step_throw, RuntimeError("Task cannot await on itself: %r" % self))
                else:
                    result._asyncio_future_blocking = False
                    self._fut_waiter = result
                    result.add_done_callback(self._wakeup)
                    if self._must_cancel:
                        if result.cancel():
                            self._must_cancel = False
            elif result is None:
                self._loop.call_soon(self._step, None)
            else:
                self._loop.call_soon(self._step_throw, RuntimeError("Task got bad yield: %r" % (result,)))
        finally:
            loop._current = prev

    def _step_throw(self, exc):
        try:
            self._coro.throw(exc)
        except StopIteration as e:
            Future.set_result(self, e.value)
        except BaseException as e:
            Future.set_exception(self, e)

    def _wakeup(self, fut):
        self._fut_waiter = None
        if fut.cancelled():
            self._must_cancel = True
        self._step(None)


class _Handle:
    __slots__ = ("fn", "args", "cancelled")

    def __init__(self, fn, args):
        self.fn = fn
        self.args = args
        self.cancelled = False

    def cancel(self):
        self.cancelled = True


class AbstractEventLoop:
    pass


class _Loop(AbstractEventLoop):
    def __init__(self):
        self._ready = []
        self._timers = []      # (when_ns, seq, handle)
        self._seq = 0
        self._host_calls = []
        self._tasks = []
        self._current = None
        self._running = False
        self._closed = False

    def time(self):
        return _time.monotonic()

    def call_soon(self, fn, *args, context=None):
        h = _Handle(fn, args)
        self._ready.append(h)
        return h

    def call_later(self, delay, fn, *args, context=None):
        return self.call_at(self.time() + delay, fn, *args)

    def call_at(self, when, fn, *args, context=None):
        h = _Handle(fn, args)
        self._seq += 1
        self._timers.append((when, self._seq, h))
        self._timers.sort(key=lambda t: (t[0], t[1]))
        return h

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        return Task(coro, loop=self, name=name)

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def _run_host_batch(self):
        calls = self._host_calls
        self._host_calls = []
        outcomes = _pyex.call("tool.batch", [c._call for c in calls])
        for fut, (ok, value) in zip(calls, outcomes):
            if fut.done():
                continue
            if ok:
                fut.set_result(value)
            else:
                name, args = value
                b = __builtins__ if isinstance(__builtins__, dict) else vars(__builtins__)
                cls = b.get(name) if name else None
                if not (isinstance(cls, type) and issubclass(cls, BaseException)):
                    cls = RuntimeError
                fut.set_exception(cls(*args))

    def _run_once(self):
        if not self._ready:
            if self._host_calls:
                self._run_host_batch()
            elif self._timers:
                when, _, h = self._timers.pop(0)
                delay = when - self.time()
                if delay > 0:
                    _time.sleep(delay)
                if not h.cancelled:
                    self._ready.append(h)
            return
        ready = self._ready
        self._ready = []
        for h in ready:
            if not h.cancelled:
                h.fn(*h.args)

    def run_until_complete(self, future):
        fut = ensure_future(future, loop=self)
        global _running_loop
        prev = _running_loop
        _running_loop = self
        self._running = True
        try:
            while not fut.done():
                if not self._ready and not self._host_calls and not self._timers:
                    raise RuntimeError("Event loop stopped before Future completed.")
                self._run_once()
        finally:
            self._running = False
            _running_loop = prev
        return fut.result()

    def run_forever(self):
        raise RuntimeError("run_forever is not supported in the pyex sandbox")


_running_loop = None
_default_loop = None


def _get_loop():
    global _default_loop
    if _running_loop is not None:
        return _running_loop
    if _default_loop is None or _default_loop.is_closed():
        _default_loop = _Loop()
    return _default_loop


def get_running_loop():
    if _running_loop is None:
        raise RuntimeError("no running event loop")
    return _running_loop


def get_event_loop():
    return _get_loop()


def new_event_loop():
    return _Loop()


def set_event_loop(loop):
    global _default_loop
    _default_loop = loop


def _running():
    return _running_loop is not None


def current_task(loop=None):
    return (loop or get_running_loop())._current


def all_tasks(loop=None):
    return {t for t in (loop or get_running_loop())._tasks if not t.done()}


def iscoroutine(obj):
    return type(obj).__name__ == "coroutine" or (hasattr(obj, "send") and hasattr(obj, "throw") and hasattr(obj, "__await__"))


def iscoroutinefunction(func):
    code = getattr(func, "__code__", None)
    return code is not None and bool(getattr(code, "co_flags", 0) & 0x80)


def run(main, *, debug=None):
    if _running_loop is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    if not iscoroutine(main):
        raise ValueError("a coroutine was expected, got %r" % (main,))
    loop = _Loop()
    set_event_loop(loop)
    try:
        return loop.run_until_complete(main)
    finally:
        for t in loop._tasks:
            if not t.done():
                t.cancel()
        loop.close()
        set_event_loop(None)


def ensure_future(obj, *, loop=None):
    if isinstance(obj, Future):
        return obj
    if iscoroutine(obj):
        return Task(obj, loop=loop)
    if hasattr(obj, "__await__"):
        async def _wrap():
            return await obj
        return Task(_wrap(), loop=loop)
    raise TypeError("An asyncio.Future, a coroutine or an awaitable is required")


def create_task(coro, *, name=None, context=None):
    return get_running_loop().create_task(coro, name=name)


async def sleep(delay, result=None):
    if delay <= 0:
        await _yield()
        return result
    loop = get_running_loop()
    fut = loop.create_future()
    loop.call_later(delay, _set_if_pending, fut, result)
    return await fut


def _set_if_pending(fut, result):
    if not fut.done():
        fut.set_result(result)


class _Yield:
    def __await__(self):
        yield None


def _yield():
    return _Yield()


class _GatheringFuture(Future):
    def __init__(self, children, loop):
        Future.__init__(self, loop=loop)
        self._children = children

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg):
                ret = True
        return ret


def gather(*aws, return_exceptions=False):
    loop = _get_loop()
    children = [ensure_future(a, loop=loop) for a in aws]
    outer = _GatheringFuture(children, loop)
    if not children:
        outer.set_result([])
        return outer
    state = {"left": len(children)}

    def _done(fut):
        if outer.done():
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._exception)
                return
            if fut._exception is not None:
                outer.set_exception(fut._exception)
                return
        state["left"] -= 1
        if state["left"] == 0:
            results = []
            for c in children:
                if c.cancelled():
                    results.append(c._exception)
                elif c._exception is not None:
                    results.append(c._exception)
                else:
                    results.append(c._result)
            outer.set_result(results)

    for c in children:
        c.add_done_callback(_done)
    return outer


async def wait_for(aw, timeout):
    fut = ensure_future(aw)
    if timeout is None:
        return await fut
    loop = get_running_loop()
    waiter = loop.create_future()
    h = loop.call_later(timeout, _set_if_pending, waiter, False)
    fut.add_done_callback(lambda f: _set_if_pending(waiter, True))
    done = await waiter
    h.cancel()
    if not done:
        fut.cancel()
        raise TimeoutError()
    return fut.result()


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    fs = {ensure_future(f) for f in fs}
    loop = get_running_loop()
    waiter = loop.create_future()

    def _check(_f=None):
        done = [f for f in fs if f.done()]
        if waiter.done():
            return
        if return_when == FIRST_COMPLETED and done:
            waiter.set_result(None)
        elif return_when == FIRST_EXCEPTION and any(not f.cancelled() and f._exception is not None for f in done):
            waiter.set_result(None)
        elif len(done) == len(fs):
            waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_check)
    if timeout is not None:
        loop.call_later(timeout, _set_if_pending, waiter, None)
    _check()
    await waiter
    done = {f for f in fs if f.done()}
    return done, fs - done


def as_completed(fs, *, timeout=None):
    fs = [ensure_future(f) for f in fs]
    loop = _get_loop()
    order = []
    waiters = []
    for f in fs:
        f.add_done_callback(lambda f: _deliver(f))

    def _deliver(f):
        order.append(f)
        if waiters:
            waiters.pop(0).set_result(None)

    async def _next():
        if not order:
            w = loop.create_future()
            waiters.append(w)
            await w
        return order.pop(0).result()

    return [_next() for _ in fs]


async def shield(aw):
    return await ensure_future(aw)


class timeout:
    def __init__(self, delay):
        self._delay = delay

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return False


class Event:
    def __init__(self):
        self._flag = False
        self._waiters = []

    def is_set(self):
        return self._flag

    def set(self):
        if not self._flag:
            self._flag = True
            for w in self._waiters:
                if not w.done():
                    w.set_result(True)
            self._waiters = []

    def clear(self):
        self._flag = False

    async def wait(self):
        if self._flag:
            return True
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        await fut
        return True


class Lock:
    def __init__(self):
        self._locked = False
        self._waiters = []

    def locked(self):
        return self._locked

    async def acquire(self):
        while self._locked:
            fut = get_running_loop().create_future()
            self._waiters.append(fut)
            await fut
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError("Lock is not acquired.")
        self._locked = False
        while self._waiters:
            w = self._waiters.pop(0)
            if not w.done():
                w.set_result(True)
                break

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, *exc):
        self.release()


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._value = value
        self._waiters = []

    def locked(self):
        return self._value == 0

    async def acquire(self):
        while self._value <= 0:
            fut = get_running_loop().create_future()
            self._waiters.append(fut)
            await fut
        self._value -= 1
        return True

    def release(self):
        self._value += 1
        while self._waiters:
            w = self._waiters.pop(0)
            if not w.done():
                w.set_result(True)
                break

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, *exc):
        self.release()


BoundedSemaphore = Semaphore


class Queue:
    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._items = []
        self._getters = []
        self._putters = []
        self._unfinished = 0
        self._finished = Event()
        self._finished.set()

    def qsize(self):
        return len(self._items)

    def empty(self):
        return not self._items

    def full(self):
        return 0 < self._maxsize <= len(self._items)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._items.append(item)
        self._unfinished += 1
        self._finished.clear()
        while self._getters:
            g = self._getters.pop(0)
            if not g.done():
                g.set_result(None)
                break

    async def put(self, item):
        while self.full():
            fut = get_running_loop().create_future()
            self._putters.append(fut)
            await fut
        self.put_nowait(item)

    def get_nowait(self):
        if not self._items:
            raise QueueEmpty
        item = self._items.pop(0)
        while self._putters:
            p = self._putters.pop(0)
            if not p.done():
                p.set_result(None)
                break
        return item

    async def get(self):
        while not self._items:
            fut = get_running_loop().create_future()
            self._getters.append(fut)
            await fut
        return self.get_nowait()

    def task_done(self):
        if self._unfinished <= 0:
            raise ValueError("task_done() called too many times")
        self._unfinished -= 1
        if self._unfinished == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished > 0:
            await self._finished.wait()


async def to_thread(func, /, *args, **kwargs):
    """Tools (from the tools module) become host calls that run concurrently with the other
    pending ones; any other function simply runs (there are no threads in the sandbox)."""
    name = getattr(func, "_pyex_tool", None)
    if name is not None:
        return await _HostCall(name, args, kwargs)
    return func(*args, **kwargs)


def _run_in_executor(self, executor, func, *args):
    return ensure_future(to_thread(func, *args), loop=self)


_Loop.run_in_executor = _run_in_executor
__all__.append("to_thread")
