"""warnings, simplified for pyex.

warn() writes "file:line: Category: message" to stderr (no source line: pyex has no source
access), once per (message, category, location) like CPython's "default" action. The filter
list is honoured for the actions "ignore", "error", "always", "once", "default" and "module"
matching on category and on a plain message prefix (no regular expressions);
catch_warnings(record=True) collects WarningMessage objects. DeprecationWarning,
PendingDeprecationWarning, ImportWarning and ResourceWarning are ignored by default outside
__main__, as in CPython.
"""

import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings"]

filters = []
defaultaction = "default"
onceregistry = {}
_registry = {}
_filters_version = 1


class WarningMessage:
    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}" %
                (self.message, self._category_name, self.filename, self.lineno, self.line))


def formatwarning(message, category, filename, lineno, line=None):
    s = "%s:%s: %s: %s\n" % (filename, lineno, category.__name__, message)
    if line:
        s += "  %s\n" % line.strip()
    return s


def _write_stderr(text):
    err = getattr(sys, 'stderr', None)
    if err is None:
        return
    try:
        err.write(text)
    except Exception:
        try:
            print(text, end='', file=err)
        except Exception:
            pass


def _showwarnmsg_impl(msg):
    f = msg.file
    text = formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    if f is None:
        _write_stderr(text)
    else:
        try:
            f.write(text)
        except OSError:
            pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


_showwarning_orig = showwarning


def _showwarnmsg(msg):
    sw = showwarning
    if sw is not _showwarning_orig:
        sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def _add_filter(item, append):
    global _filters_version
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_version += 1
    _registry.clear()


_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    if not isinstance(message, str):
        raise AssertionError("message must be a string")
    if not isinstance(category, type) or not issubclass(category, Warning):
        raise AssertionError("category must be a class")
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError("lineno must be an int >= 0")
    _add_filter((action, message or None, category, module or None, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    _add_filter((action, None, category, None, lineno), append)


def resetwarnings():
    global _filters_version
    filters[:] = []
    _filters_version += 1
    _registry.clear()


def _match(pattern, text):
    if pattern is None:
        return True
    p = pattern.lower() if isinstance(pattern, str) else pattern
    if p.endswith('$'):
        return text.lower() == p[:-1]
    p = p.replace('.*', '')
    return text.lower().startswith(p)


def _action_for(text, category, module, lineno):
    for action, msg, cat, mod, ln in filters:
        if (_match(msg, text) and issubclass(category, cat) and
                (mod is None or module == mod or (mod.endswith('$') and module == mod[:-1])) and
                (ln == 0 or lineno == ln)):
            return action
    if issubclass(category, DeprecationWarning) and module == '__main__':
        return "default"
    if issubclass(category, (DeprecationWarning, PendingDeprecationWarning, ImportWarning, ResourceWarning)):
        return "ignore"
    return defaultaction


def _caller(stacklevel):
    try:
        return sys._getframe_loc(stacklevel + 1)
    except Exception:
        return ('sys', 1, 'sys')


def warn(message, category=None, stacklevel=1, source=None):
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '{:s}'".format(type(category).__name__))
    filename, lineno, module = _caller(stacklevel)
    warn_explicit(message, category, filename, lineno, module, None, None, source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None, module_globals=None, source=None):
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno, filename)
    if _registry.get(key):
        return
    action = _action_for(text, category, module, lineno)
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == "module":
        mkey = (text, category, 0, filename)
        if _registry.get(mkey):
            return
        _registry[mkey] = 1
    elif action == "default":
        _registry[key] = 1
    msg = WarningMessage(message, category, filename, lineno, None, None, source)
    if _recorder is not None:
        _recorder.append(msg)
        return
    _showwarnmsg(msg)


_recorder = None


class catch_warnings:
    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._entered = False
        self._filter = (action, category, lineno, append) if action is not None else None

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        global _recorder
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._filters = filters[:]
        self._saved_registry = dict(_registry)
        self._saved_once = dict(onceregistry)
        self._saved_recorder = _recorder
        _registry.clear()
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            _recorder = log
            return log
        _recorder = None
        return None

    def __exit__(self, *exc_info):
        global _recorder, _filters_version
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        filters[:] = self._filters
        _registry.clear()
        _registry.update(self._saved_registry)
        onceregistry.clear()
        onceregistry.update(self._saved_once)
        _recorder = self._saved_recorder
        _filters_version += 1
