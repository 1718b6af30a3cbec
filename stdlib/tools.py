"""tools: the host functions passed to run(…, tools={name: fn}); `from tools import search`.

Arguments and results cross as JSON-like values (None, bool, int, float, str, bytes, list, tuple,
dict); an error raised by the host surfaces as RuntimeError (or the builtin exception it names).
"""

import _pyex


def _make(name):
    def tool(*args, **kwargs):
        return _pyex.call("tool", name, args, kwargs)
    tool.__name__ = name
    tool.__qualname__ = name
    tool._pyex_tool = name      # asyncio.to_thread(tool, ...) batches it with other pending tool calls
    return tool


def _install(names):
    g = globals()
    for name in names:
        g[name] = _make(name)


__all__ = list(_pyex.call("tools.list"))
_install(__all__)


def __getattr__(name):
    raise AttributeError("module 'tools' has no attribute %r (the host did not pass a tool named %r)" % (name, name))
