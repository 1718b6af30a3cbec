"""zoneinfo for the sandbox: there is no tz database, so ZoneInfo knows the UTC/GMT aliases and the
fixed-offset Etc/GMT±N zones; any other key raises ZoneInfoNotFoundError as CPython does when a
zone is missing. Instances are cached per key like CPython's."""

from datetime import tzinfo as _tzinfo, timedelta as _timedelta
from zoneinfo._common import ZoneInfoNotFoundError

__all__ = ["ZoneInfo", "reset_tzpath", "available_timezones", "TZPATH", "ZoneInfoNotFoundError",
           "InvalidTZPathWarning"]

TZPATH = ()


class InvalidTZPathWarning(RuntimeWarning):
    pass


InvalidTZPathWarning.__module__ = "zoneinfo._tzpath"

_UTC_NAMES = ("UTC", "Etc/UTC", "UCT", "Etc/UCT", "Zulu", "Etc/Zulu", "Universal", "Etc/Universal")
_GMT_NAMES = ("GMT", "Etc/GMT", "GMT+0", "GMT-0", "GMT0", "Etc/GMT0", "Etc/GMT+0", "Etc/GMT-0",
              "Greenwich", "Etc/Greenwich")


def _fixed(key):
    """(offset in hours, tzname) for a supported key, else None."""
    if key in _UTC_NAMES:
        return 0, "UTC"
    if key in _GMT_NAMES:
        return 0, "GMT"
    if key.startswith("Etc/GMT") and len(key) > 8 and key[7] in "+-" and key[8:].isdigit():
        n = int(key[8:])
        if key[8] != "0" and (key[7] == "+" and 1 <= n <= 12 or key[7] == "-" and 1 <= n <= 14):
            hours = -n if key[7] == "+" else n
            return hours, "%s%02d" % ("-" if hours < 0 else "+", abs(hours))
    return None


def available_timezones():
    keys = set(_UTC_NAMES) | set(_GMT_NAMES)
    keys.update("Etc/GMT+%d" % n for n in range(1, 13))
    keys.update("Etc/GMT-%d" % n for n in range(1, 15))
    return keys


def reset_tzpath(to=None):
    global TZPATH
    if to is not None and isinstance(to, (str, bytes)):
        raise TypeError("tzpaths must be a list or tuple, not %s: %r" % (type(to), to))
    TZPATH = tuple(to) if to is not None else ()


def _validate_key(key):
    if not isinstance(key, str):
        raise TypeError("expected str, bytes or os.PathLike object, not %s" % type(key).__name__)
    if key.startswith("/"):
        raise ValueError("ZoneInfo keys may not be absolute paths, got: %s" % key)
    parts = key.split("/")
    if ".." in parts:
        raise ValueError("ZoneInfo keys must refer to subdirectories of TZPATH, got: %s" % key)
    if key == "" or "" in parts or "." in parts:
        raise ValueError("ZoneInfo keys must be normalized relative paths, got: %s" % key)


class ZoneInfo(_tzinfo):
    _cache = {}

    def __new__(cls, key):
        inst = cls._cache.get(key)
        if inst is None:
            inst = cls._new_instance(key)
            cls._cache[key] = inst
            inst._from_cache = True
        return inst

    def __init__(self, key):
        pass

    @classmethod
    def no_cache(cls, key):
        inst = cls._new_instance(key)
        inst._from_cache = False
        return inst

    @classmethod
    def _new_instance(cls, key):
        _validate_key(key)
        info = _fixed(key)
        if info is None:
            raise ZoneInfoNotFoundError("No time zone found with key %s" % key)
        inst = object.__new__(cls)
        inst._key = key
        inst._offset = _timedelta(hours=info[0])
        inst._name = info[1]
        return inst

    @classmethod
    def from_file(cls, fobj, /, key=None):
        raise ValueError("Invalid TZif file: magic not found")

    @classmethod
    def clear_cache(cls, *, only_keys=None):
        if only_keys is None:
            cls._cache.clear()
        else:
            for k in only_keys:
                cls._cache.pop(k, None)

    @property
    def key(self):
        return self._key

    def utcoffset(self, dt):
        return self._offset

    def dst(self, dt):
        return _timedelta(0)

    def tzname(self, dt):
        return self._name

    def fromutc(self, dt):
        if not hasattr(dt, "tzinfo") or not hasattr(dt, "utcoffset"):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("dt.tzinfo is not self")
        return dt + self._offset

    def __str__(self):
        return self._key

    def __repr__(self):
        return "%s(key=%r)" % (type(self).__module__ + "." + type(self).__qualname__
                               if type(self) is not ZoneInfo else "zoneinfo.ZoneInfo", self._key)

    def __reduce__(self):
        return (self.__class__._unpickle, (self._key, self._from_cache))

    @classmethod
    def _unpickle(cls, key, from_cache):
        if from_cache:
            return cls(key)
        return cls.no_cache(key)


ZoneInfo.__module__ = "zoneinfo"
