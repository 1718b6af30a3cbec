"""opentelemetry.trace for pyex guests.

The API of opentelemetry-api/sdk 1.x, in-process: spans are recorded here and streamed to the host
through the native _otel channel (one JSON record per change). The host gives them ids and times
(from the run's seed and virtual clock) and returns them with the run's result, as children of the
run's execution span. Attribute values are validated as the OpenTelemetry API does; invalid ones
are dropped with a warning on stderr. At most MAX_SPANS spans are recorded per run; later ones are
non-recording.
"""
import _otel
import _json
from opentelemetry.trace.status import Status, StatusCode, _warn

__all__ = ['get_tracer', 'get_tracer_provider', 'set_tracer_provider', 'get_current_span',
           'set_span_in_context', 'use_span', 'Tracer', 'TracerProvider', 'Span', 'NonRecordingSpan',
           'SpanContext', 'SpanKind', 'Status', 'StatusCode', 'Link', 'INVALID_SPAN',
           'INVALID_SPAN_CONTEXT', 'format_trace_id', 'format_span_id']

MAX_SPANS = 1000
MAX_ATTRIBUTES = 128
MAX_EVENTS = 128

_ENC_OPTS = (False, None, None, ':', ',', False, False, True, False)


def _emit(rec):
    _otel.emit(_json.encode(rec, _ENC_OPTS))


class SpanKind:
    """The kind of a span (an enum in the real API)."""
    __slots__ = ('name', 'value')

    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __repr__(self):
        return '<SpanKind.%s: %d>' % (self.name, self.value)

    def __str__(self):
        return 'SpanKind.' + self.name

    def __hash__(self):
        return hash(self.value)


SpanKind.INTERNAL = SpanKind('INTERNAL', 0)
SpanKind.SERVER = SpanKind('SERVER', 1)
SpanKind.CLIENT = SpanKind('CLIENT', 2)
SpanKind.PRODUCER = SpanKind('PRODUCER', 3)
SpanKind.CONSUMER = SpanKind('CONSUMER', 4)

# ---- attribute validation (opentelemetry.attributes._clean_attribute) ----------------------------
_VALID_TYPES = (bool, str, bytes, int, float)
_VALID_NAMES = "['bool', 'str', 'bytes', 'int', 'float']"


def _clean_value(value):
    if isinstance(value, bytes):
        try:
            return value.decode()
        except UnicodeDecodeError:
            _warn('Byte attribute could not be decoded.')
            return None
    return value


def _clean_attribute(key, value):
    if not (key and isinstance(key, str)):
        _warn('invalid key `%s`. must be non-empty string.' % (key,))
        return None
    if isinstance(value, _VALID_TYPES):
        return _clean_value(value)
    if isinstance(value, (list, tuple, range)):
        first = None
        cleaned = []
        for element in value:
            element = _clean_value(element)
            if element is None:
                cleaned.append(element)
                continue
            et = type(element)
            if et not in _VALID_TYPES:
                _warn("Invalid type %s in attribute '%s' value sequence. Expected one of %s or None"
                      % (et.__name__, key, _VALID_NAMES))
                return None
            if first is None:
                first = et
            elif et is not first:
                _warn('Attribute %r mixes types %s and %s in attribute value sequence'
                      % (key, first.__name__, et.__name__))
                return None
            cleaned.append(element)
        return tuple(cleaned)
    _warn("Invalid type %s for attribute '%s' value. Expected one of %s or a sequence of those types"
          % (type(value).__name__, key, _VALID_NAMES))
    return None


def _wire(v):
    # JSON for the host: non-finite floats are tagged (JSON has no Infinity/NaN)
    if type(v) is float and (v != v or v in (float('inf'), float('-inf'))):
        return {'$f': 'nan' if v != v else ('inf' if v > 0 else '-inf')}
    if type(v) is tuple:
        return [_wire(x) for x in v]
    return v


def _clean_attributes(attributes):
    out = {}
    if not attributes:
        return out
    for k, v in attributes.items():
        c = _clean_attribute(k, v)
        if c is not None:
            out[k] = c
    return out


def _wire_attrs(attrs):
    return {k: _wire(v) for k, v in attrs.items()}


# ---- span context -------------------------------------------------------------------------------
class TraceFlags(int):
    DEFAULT = 0
    SAMPLED = 1

    @property
    def sampled(self):
        return bool(self & 1)


class SpanContext:
    """Identifies a span. In pyex the ids seen by the guest are local (the host assigns the real
    ones after the run): trace_id is a constant for the run, span_id a per-run counter."""
    __slots__ = ('trace_id', 'span_id', 'is_remote', 'trace_flags', 'trace_state')

    def __init__(self, trace_id, span_id, is_remote, trace_flags=None, trace_state=None):
        self.trace_id = trace_id
        self.span_id = span_id
        self.is_remote = is_remote
        self.trace_flags = TraceFlags(trace_flags or 0)
        self.trace_state = trace_state

    @property
    def is_valid(self):
        return self.trace_id != 0 and self.span_id != 0

    def __repr__(self):
        return ('SpanContext(trace_id=0x%s, span_id=0x%s, trace_flags=0x%02x, trace_state=%r, is_remote=%s)'
                % (format_trace_id(self.trace_id), format_span_id(self.span_id), self.trace_flags,
                   self.trace_state, self.is_remote))


def format_trace_id(trace_id):
    return '%032x' % trace_id


def format_span_id(span_id):
    return '%016x' % span_id


INVALID_SPAN_ID = 0
INVALID_TRACE_ID = 0
INVALID_SPAN_CONTEXT = SpanContext(0, 0, False)
_LOCAL_TRACE_ID = 0x7079657800000000000000000000000  # 'pyex': guest-local


class Link:
    def __init__(self, context, attributes=None):
        self.context = context
        self.attributes = attributes


# ---- spans --------------------------------------------------------------------------------------
class NonRecordingSpan:
    """A span that records nothing (INVALID_SPAN, and spans beyond the per-run bound)."""

    def __init__(self, context):
        self._context = context

    def get_span_context(self):
        return self._context

    def is_recording(self):
        return False

    def set_attribute(self, key, value):
        pass

    def set_attributes(self, attributes):
        pass

    def add_event(self, name, attributes=None, timestamp=None):
        pass

    def add_link(self, context, attributes=None):
        pass

    def update_name(self, name):
        pass

    def set_status(self, status, description=None):
        pass

    def record_exception(self, exception, attributes=None, timestamp=None, escaped=False):
        pass

    def end(self, end_time=None):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.end()
        return False

    def __repr__(self):
        return 'NonRecordingSpan(%r)' % (self._context,)


INVALID_SPAN = NonRecordingSpan(INVALID_SPAN_CONTEXT)

_count = 0
_warned_limit = False


class Span:
    """A recording span (opentelemetry.sdk.trace.Span)."""

    def __init__(self, name, context, parent, kind, attributes, start_time, tracer,
                 record_exception=True, set_status_on_exception=True):
        self._name = name
        self._context = context
        self.parent = parent
        self.kind = kind
        self._attributes = attributes
        self._events = []
        self._status = Status(StatusCode.UNSET)
        self._ended = False
        self._tracer = tracer
        self._record_exception = record_exception
        self._set_status_on_exception = set_status_on_exception
        self.start_time = start_time
        self.end_time = None

    @property
    def name(self):
        return self._name

    @property
    def attributes(self):
        return dict(self._attributes)

    @property
    def events(self):
        return tuple(self._events)

    @property
    def status(self):
        return self._status

    @property
    def instrumentation_scope(self):
        return self._tracer._scope

    def get_span_context(self):
        return self._context

    @property
    def context(self):
        return self._context

    def is_recording(self):
        return not self._ended

    def set_attribute(self, key, value):
        self.set_attributes({key: value})

    def set_attributes(self, attributes):
        if self._ended:
            _warn('Setting attribute on ended span.')
            return
        clean = _clean_attributes(attributes)
        if not clean:
            return
        for k, v in clean.items():
            if k not in self._attributes and len(self._attributes) >= MAX_ATTRIBUTES:
                del self._attributes[next(iter(self._attributes))]
            self._attributes[k] = v
        _emit(['A', self._context.span_id, _wire_attrs(clean)])

    def add_event(self, name, attributes=None, timestamp=None):
        if self._ended:
            _warn('Calling add_event() on an ended span.')
            return
        clean = _clean_attributes(attributes)
        if len(self._events) >= MAX_EVENTS:
            del self._events[0]
        self._events.append((name, clean))
        _emit(['E', self._context.span_id, str(name), _wire_attrs(clean), timestamp])

    def add_link(self, context, attributes=None):
        pass

    def update_name(self, name):
        if self._ended:
            _warn('Calling update_name() on an ended span.')
            return
        self._name = name
        _emit(['N', self._context.span_id, str(name)])

    def set_status(self, status, description=None):
        if self._ended:
            _warn('Setting status on ended span.')
            return
        if self._status.status_code is StatusCode.OK:
            return
        if isinstance(status, Status):
            if description is not None:
                _warn('Description %s ignored. Use either `Status` or `(StatusCode, Description)`' % (description,))
            self._status = status
        elif isinstance(status, StatusCode):
            self._status = Status(status, description)
        else:
            return
        _emit(['T', self._context.span_id, self._status.status_code.value, self._status.description])

    def record_exception(self, exception, attributes=None, timestamp=None, escaped=False):
        attrs = {
            'exception.type': type(exception).__qualname__,
            'exception.message': str(exception),
            'exception.stacktrace': _format_exception(exception),
            'exception.escaped': str(escaped),
        }
        if attributes:
            attrs.update(attributes)
        self.add_event('exception', attrs, timestamp)

    def end(self, end_time=None):
        if self._ended:
            _warn('Calling end() on an ended span.')
            return
        self._ended = True
        self.end_time = end_time
        _emit(['X', self._context.span_id, end_time])

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        if exc_val is not None and not self._ended:
            if self._record_exception:
                self.record_exception(exc_val, escaped=True)
            if self._set_status_on_exception:
                self.set_status(Status(StatusCode.ERROR, '%s: %s' % (exc_type.__name__, exc_val)))
        self.end()
        return False

    def __repr__(self):
        return '%s(name="%s", context=%r)' % (type(self).__name__, self._name, self._context)


def _format_exception(e):
    msg = str(e)
    name = type(e).__qualname__
    return 'Traceback (most recent call last):\n%s%s\n' % (name, ': ' + msg if msg else '')


# ---- context --------------------------------------------------------------------------------------
_SPAN_KEY = 'current-span'
_stack = []


def get_current_span(context=None):
    if context is not None:
        span = context.get(_SPAN_KEY)
        return span if span is not None else INVALID_SPAN
    return _stack[-1] if _stack else INVALID_SPAN


def set_span_in_context(span, context=None):
    ctx = dict(context) if context else {}
    ctx[_SPAN_KEY] = span
    return ctx


def _attach(span):
    _stack.append(span)
    if isinstance(span, Span):
        _emit(['C', span._context.span_id])


def _detach(span):
    # detach the innermost attachment of span (contexts are detached in LIFO order)
    for i in range(len(_stack) - 1, -1, -1):
        if _stack[i] is span:
            del _stack[i]
            break
    if isinstance(span, Span):
        _emit(['D', span._context.span_id])


class _UseSpan:
    """use_span / start_as_current_span: a context manager that is also a decorator."""

    def __init__(self, make, end_on_exit, record_exception, set_status_on_exception):
        self._make = make
        self._end_on_exit = end_on_exit
        self._record = record_exception
        self._set_status = set_status_on_exception
        self._spans = []

    def __enter__(self):
        span = self._make()
        self._spans.append(span)
        _attach(span)
        return span

    def __exit__(self, exc_type, exc_val, exc_tb):
        span = self._spans.pop()
        _detach(span)
        if exc_val is not None and isinstance(span, Span) and span.is_recording():
            if self._record:
                span.record_exception(exc_val)
            if self._set_status:
                span.set_status(Status(StatusCode.ERROR, '%s: %s' % (exc_type.__name__, exc_val)))
        if self._end_on_exit and span.is_recording():
            span.end()
        return False

    def __call__(self, func):
        cm = self

        def wrapper(*args, **kwargs):
            with cm:
                return func(*args, **kwargs)
        for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
            try:
                setattr(wrapper, attr, getattr(func, attr))
            except AttributeError:
                pass
        wrapper.__wrapped__ = func
        return wrapper


def use_span(span, end_on_exit=False, record_exception=True, set_status_on_exception=True):
    return _UseSpan(lambda: span, end_on_exit, record_exception, set_status_on_exception)


class InstrumentationScope:
    def __init__(self, name, version=None, schema_url=None):
        self.name = name
        self.version = version
        self.schema_url = schema_url

    def __repr__(self):
        return 'InstrumentationScope(%s, %s, %s)' % (self.name, self.version, self.schema_url)


class Tracer:
    def __init__(self, name, version=None, schema_url=None):
        self._scope = InstrumentationScope(name, version, schema_url)

    def start_span(self, name, context=None, kind=SpanKind.INTERNAL, attributes=None, links=None,
                   start_time=None, record_exception=True, set_status_on_exception=True):
        global _count, _warned_limit
        parent = get_current_span(context)
        if _count >= MAX_SPANS:
            if not _warned_limit:
                _warned_limit = True
                _warn('pyex: span limit (%d per run) reached; further spans are not recorded' % MAX_SPANS)
            return NonRecordingSpan(INVALID_SPAN_CONTEXT)
        _count += 1
        if not isinstance(kind, SpanKind):
            kind = SpanKind.INTERNAL
        attrs = _clean_attributes(attributes)
        if len(attrs) > MAX_ATTRIBUTES:
            attrs = dict(list(attrs.items())[-MAX_ATTRIBUTES:])
        ctx = SpanContext(_LOCAL_TRACE_ID, _count, False, 1)
        pctx = parent.get_span_context() if parent is not None else None
        span = Span(name, ctx, pctx if pctx is not None and pctx.is_valid else None, kind, attrs,
                    start_time, self, record_exception, set_status_on_exception)
        sc = self._scope
        _emit(['S', _count, pctx.span_id if pctx is not None and pctx.is_valid else 0, str(name), kind.value,
               _wire_attrs(attrs), start_time, sc.name, sc.version])
        return span

    def start_as_current_span(self, name, context=None, kind=SpanKind.INTERNAL, attributes=None,
                              links=None, start_time=None, record_exception=True,
                              set_status_on_exception=True, end_on_exit=True):
        def make():
            return self.start_span(name, context, kind, attributes, links, start_time,
                                   record_exception, set_status_on_exception)
        return _UseSpan(make, end_on_exit, record_exception, set_status_on_exception)


class TracerProvider:
    def get_tracer(self, instrumenting_module_name, instrumenting_library_version=None,
                   schema_url=None, attributes=None):
        if not instrumenting_module_name:
            _warn('get_tracer called with missing module name.')
            instrumenting_module_name = ''
        return Tracer(instrumenting_module_name, instrumenting_library_version, schema_url)


_PROVIDER = TracerProvider()


def get_tracer_provider():
    return _PROVIDER


def set_tracer_provider(tracer_provider):
    _warn('Overriding of current TracerProvider is not allowed')


def get_tracer(instrumenting_module_name, instrumenting_library_version=None, tracer_provider=None,
               schema_url=None, attributes=None):
    return (tracer_provider or _PROVIDER).get_tracer(instrumenting_module_name,
                                                     instrumenting_library_version, schema_url)
