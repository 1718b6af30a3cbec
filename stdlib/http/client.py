"""http.client: HTTPConnection/HTTPSConnection and the response and header objects (also what
urllib.request.urlopen returns).

There are no sockets here: a request is one `net.request` host call (the network capability,
docs/capabilities.md) and HTTPResponse wraps the whole answer the host returned.
"""

import io
import _pyex
from http import HTTPStatus

__all__ = ['HTTPResponse', 'HTTPConnection', 'HTTPSConnection', 'HTTPMessage', 'HTTPException',
           'ResponseNotReady', 'CannotSendRequest', 'InvalidURL', 'responses', 'HTTP_PORT', 'HTTPS_PORT']

HTTP_PORT = 80
HTTPS_PORT = 443
responses = {v: v.phrase for v in HTTPStatus.__members__.values()}


class HTTPException(Exception):
    pass


class InvalidURL(HTTPException):
    pass


class ImproperConnectionState(HTTPException):
    pass


class CannotSendRequest(ImproperConnectionState):
    pass


class ResponseNotReady(ImproperConnectionState):
    pass


class HTTPMessage:
    """Response headers: case-insensitive look-up, repeated fields kept (email.message.Message's API)."""

    def __init__(self, items=()):
        self._headers = [(str(k), str(v)) for k, v in items]

    def get(self, name, failobj=None):
        name = name.lower()
        for k, v in self._headers:
            if k.lower() == name:
                return v
        return failobj

    def get_all(self, name, failobj=None):
        name = name.lower()
        vals = [v for k, v in self._headers if k.lower() == name]
        return vals if vals else failobj

    def __getitem__(self, name):
        return self.get(name)

    def __contains__(self, name):
        return self.get(name) is not None

    def __len__(self):
        return len(self._headers)

    def __iter__(self):
        return iter(self.keys())

    def keys(self):
        return [k for k, _ in self._headers]

    def values(self):
        return [v for _, v in self._headers]

    def items(self):
        return list(self._headers)

    def get_content_type(self):
        ct = self.get('content-type')
        if not ct:
            return 'text/plain'
        ct = ct.split(';', 1)[0].strip().lower()
        return ct if ct.count('/') == 1 else 'text/plain'

    def get_content_charset(self, failobj=None):
        ct = self.get('content-type')
        if not ct:
            return failobj
        for part in ct.split(';')[1:]:
            k, _, v = part.strip().partition('=')
            if k.strip().lower() == 'charset':
                return v.strip().strip('"').lower()
        return failobj

    def __str__(self):
        return ''.join('%s: %s\n' % kv for kv in self._headers) + '\n'

    def as_string(self):
        return str(self)


class HTTPResponse(io.BufferedIOBase):
    def __init__(self, answer, method='GET'):
        self.status = self.code = answer['status']
        self.reason = answer['reason'] or responses.get(self.status, '')
        self.url = answer['url']
        self.headers = self.msg = HTTPMessage(answer['headers'])
        self._method = method
        self._body = answer['body']
        self._pos = 0
        self.version = 11
        self.chunked = False
        self.will_close = True
        self.length = len(self._body) - self._pos
        self.closed_ = False

    # ---- file-like ----
    def read(self, amt=None):
        if self.closed_:
            return b''
        if amt is None or amt < 0:
            data = self._body[self._pos:]
        else:
            data = self._body[self._pos:self._pos + amt]
        self._pos += len(data)
        self.length = len(self._body) - self._pos
        return data

    def read1(self, n=-1):
        return self.read(n)

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def readline(self, limit=-1):
        i = self._body.find(b'\n', self._pos)
        end = len(self._body) if i < 0 else i + 1
        if limit is not None and limit >= 0:
            end = min(end, self._pos + limit)
        data = self._body[self._pos:end]
        self._pos = end
        return data

    def readlines(self, hint=-1):
        out = []
        while True:
            line = self.readline()
            if not line:
                return out
            out.append(line)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readable(self):
        return True

    def close(self):
        self.closed_ = True

    @property
    def closed(self):
        return self.closed_

    def isclosed(self):
        return self.closed_

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # ---- response ----
    def getheader(self, name, default=None):
        vals = self.headers.get_all(name)
        if vals is None:
            return default
        return ', '.join(vals)

    def getheaders(self):
        return self.headers.items()

    def info(self):
        return self.headers

    def geturl(self):
        return self.url

    def getcode(self):
        return self.status

    def fileno(self):
        raise OSError("HTTPResponse has no file descriptor in pyex")

    def __repr__(self):
        return '<http.client.HTTPResponse object>'


class HTTPConnection:
    """A connection in name only: request() records the request and getresponse() makes it as one
    `net.request` host call (the host's allowlist decides; ConnectionError/TimeoutError as sockets
    would raise them)."""

    default_port = HTTP_PORT
    _scheme = 'http'

    def __init__(self, host, port=None, timeout=None, source_address=None, blocksize=8192):
        if port is None:
            i = host.rfind(':')
            j = host.rfind(']')
            if i > j:
                try:
                    port = int(host[i + 1:])
                except ValueError:
                    if host[i + 1:] == "":
                        port = self.default_port
                    else:
                        raise InvalidURL("nonnumeric port: '%s'" % host[i + 1:])
                host = host[:i]
            else:
                port = self.default_port
        if host and host[0] == '[' and host[-1] == ']':
            host = host[1:-1]
        self.host = host
        self.port = port
        self.timeout = timeout
        self._pending = None
        self._headers = None
        self._ready = None

    def set_debuglevel(self, level):
        pass

    def set_tunnel(self, host, port=None, headers=None):
        raise RuntimeError("tunnels are not supported in pyex (the host's network capability makes the requests)")

    def connect(self):
        pass

    def close(self):
        self._pending = None

    def _netloc(self):
        h = '[%s]' % self.host if ':' in self.host else self.host
        return h if self.port == self.default_port else '%s:%d' % (h, self.port)

    def putrequest(self, method, url, skip_host=False, skip_accept_encoding=False):
        if self._pending is not None:
            raise CannotSendRequest('Request-sent')
        self._pending = [method, url, None]
        self._headers = []

    def putheader(self, header, *values):
        if self._pending is None:
            raise CannotSendRequest()
        self._headers.append((str(header), ', '.join(str(v) for v in values)))

    def endheaders(self, message_body=None, *, encode_chunked=False):
        if self._pending is None:
            raise CannotSendRequest()
        if message_body is not None:
            self._pending[2] = _body(message_body)
        self._ready = True

    def send(self, data):
        if self._pending is None:
            raise CannotSendRequest()
        self._pending[2] = (self._pending[2] or b'') + _body(data)

    def request(self, method, url, body=None, headers={}, *, encode_chunked=False):
        self.putrequest(method, url)
        for k, v in headers.items():
            self.putheader(k, v)
        self.endheaders(body)

    def getresponse(self):
        if self._pending is None or not self._ready:
            raise ResponseNotReady('Idle')
        method, url, body = self._pending
        headers = self._headers
        self._pending = self._headers = self._ready = None
        if not url.startswith('/'):
            url = '/' + url if not url.startswith(('http://', 'https://')) else url
        full = url if url.startswith(('http://', 'https://')) else '%s://%s%s' % (self._scheme, self._netloc(), url)
        timeout = None if self.timeout is None or not isinstance(self.timeout, (int, float)) else float(self.timeout)
        answer = _pyex.call("net.request", method, full, headers, body, timeout)
        return HTTPResponse(answer, method)


class HTTPSConnection(HTTPConnection):
    default_port = HTTPS_PORT
    _scheme = 'https'

    def __init__(self, host, port=None, key_file=None, cert_file=None, timeout=None, source_address=None, *,
                 context=None, check_hostname=None, blocksize=8192):
        super().__init__(host, port, timeout, source_address, blocksize)


def _body(data):
    if isinstance(data, str):
        return data.encode('iso-8859-1')
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    if hasattr(data, 'read'):
        d = data.read()
        return d.encode('iso-8859-1') if isinstance(d, str) else bytes(d)
    return b''.join(bytes(c) for c in data)
