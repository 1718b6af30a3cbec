"""opentelemetry.trace.status: Status and StatusCode."""


class StatusCode:
    """Span status codes (an enum in the real API: UNSET, OK, ERROR)."""
    __slots__ = ('name', 'value')

    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __repr__(self):
        return '<StatusCode.%s: %d>' % (self.name, self.value)

    def __str__(self):
        return 'StatusCode.' + self.name

    def __hash__(self):
        return hash(self.value)

    def __reduce__(self):
        return (getattr, (StatusCode, self.name))


StatusCode.UNSET = StatusCode('UNSET', 0)
StatusCode.OK = StatusCode('OK', 1)
StatusCode.ERROR = StatusCode('ERROR', 2)


def _warn(msg):
    # the SDK logs warnings (logging's last-resort handler prints them on stderr); here the host
    # appends them to stderr
    try:
        import _otel
        _otel.emit('["W",0,%s]' % _json_str(str(msg)))
    except Exception:
        pass


def _json_str(s):
    import _json
    return _json.encode_basestring_ascii(s)


class Status:
    """The status of a span: a StatusCode and, for ERROR only, a description."""

    def __init__(self, status_code=StatusCode.UNSET, description=None):
        self._status_code = status_code
        self._description = None
        if description:
            if not isinstance(description, str):
                _warn('Invalid status description type, expected str')
                return
            if status_code is not StatusCode.ERROR:
                _warn('description should only be set when status_code is set to StatusCode.ERROR')
                return
        self._description = description

    @property
    def status_code(self):
        return self._status_code

    @property
    def description(self):
        return self._description

    @property
    def is_ok(self):
        return self._status_code is StatusCode.OK

    @property
    def is_unset(self):
        return self._status_code is StatusCode.UNSET

    def __repr__(self):
        return 'Status(status_code=%r, description=%r)' % (self._status_code, self._description)
