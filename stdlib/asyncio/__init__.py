"""asyncio for the sandbox: coroutines scheduled on one event loop with a virtual clock.

Scheduling follows CPython 3.11 (FIFO ready queue; timers by deadline, then scheduling order).
There are no threads, sockets, subprocesses or signals: run_in_executor/to_thread run the
function at once. asyncio.sleep advances the run's virtual clock (time.monotonic()).
"""

from .exceptions import *
from .coroutines import *
from .events import *
from .futures import *
from .tasks import *
from .locks import *
from .queues import *
from .timeouts import *
from .runners import *
from .taskgroups import *


async def to_thread(func, /, *args, **kwargs):
    """No threads in the sandbox: a host tool is called concurrently with the other pending tool
    calls (stdlib/_pyex_aio.py); any other func runs in the calling task."""
    tool = getattr(func, '_pyex_tool', None)
    if tool is not None:
        import _pyex_aio
        return await _pyex_aio.host_call(events.get_running_loop(), tool, args, kwargs)
    return func(*args, **kwargs)


def iscoroutinefunction(func):
    return coroutines.iscoroutinefunction(func)


from . import coroutines, events
