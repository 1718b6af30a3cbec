"""zoneinfo._common: the exception type (CPython's module path, for tracebacks)."""


class ZoneInfoNotFoundError(KeyError):
    """Exception raised when a ZoneInfo key is not found."""
