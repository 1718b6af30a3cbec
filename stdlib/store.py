"""store: the host's key/value storage (docs/capabilities.md, "Key/value storage").

    import store
    store.set("user:1", {"name": "Ada", "tags": ["x"]})
    store.get("user:1")            # {'name': 'Ada', 'tags': ['x']}
    store.get("nope", 0)           # 0
    store.keys()                   # ['user:1']  (sorted)
    store.scan("user:")            # [('user:1', {...})]  (sorted by key)
    store.delete("user:1")         # True (False when there was nothing)

Keys are str; values are JSON (None, bool, int, float, str, lists, dicts with str keys; a tuple is
stored as a list). The host decides which keys the program sees (a prefix view) and whether it may
write (a read-only view raises PermissionError); writes are staged until the host commits them.
"""

import _pyex
import json as _json

__all__ = ['get', 'set', 'delete', 'keys', 'scan']


def _key(key, what="keys"):
    if not isinstance(key, str):
        raise TypeError("store %s must be str, not %s" % (what, type(key).__name__))
    return key


def get(key, default=None):
    text = _pyex.call("kv.get", _key(key))
    return default if text is None else _json.loads(text)


def set(key, value):
    _pyex.call("kv.set", _key(key), _json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(',', ':')))


def delete(key):
    return _pyex.call("kv.delete", _key(key))


def keys():
    return _pyex.call("kv.keys", "")


def scan(prefix=""):
    return [(k, _json.loads(t)) for k, t in _pyex.call("kv.scan", _key(prefix, "prefixes"))]
