"""urllib.request: urlopen and Request over the host's network capability (docs/capabilities.md).

Every request is one `net.request` host call: the host checks it against its allowlist (a denied
URL raises PermissionError naming the rule), adds its own headers, follows redirects and returns
the whole response. While the host waits for the answer the interpreter is suspended.
"""

import _pyex
from urllib.parse import urlsplit, unquote
from urllib.error import URLError, HTTPError
from http.client import HTTPResponse

__all__ = ['Request', 'urlopen', 'URLError', 'HTTPError', 'build_opener', 'OpenerDirector', 'install_opener',
           'quote', 'unquote', 'pathname2url', 'url2pathname']

from urllib.parse import quote

_DEFAULT_TIMEOUT = object()


class Request:
    def __init__(self, url, data=None, headers={}, origin_req_host=None, unverifiable=False, method=None):
        self.full_url = url
        self.headers = {}
        self.unredirected_hdrs = {}
        self._data = None
        self.data = data
        for key, value in headers.items():
            self.add_header(key, value)
        self.origin_req_host = origin_req_host
        self.unverifiable = unverifiable
        if method:
            self.method = method

    @property
    def full_url(self):
        if self.fragment:
            return '{}#{}'.format(self._full_url, self.fragment)
        return self._full_url

    @full_url.setter
    def full_url(self, url):
        self._full_url = url
        self._full_url, _, self.fragment = url.partition('#')
        parts = urlsplit(self._full_url)
        self.type = parts.scheme
        if not self.type:
            raise ValueError("unknown url type: %r" % self.full_url)
        self.host = parts.netloc
        self.selector = self._full_url.split(parts.netloc, 1)[1] if parts.netloc else parts.path
        if not self.selector:
            self.selector = '/'

    @property
    def data(self):
        return self._data

    @data.setter
    def data(self, data):
        if data != self._data:
            self._data = data
            if self.has_header("Content-length"):
                self.remove_header("Content-length")

    def get_method(self):
        default_method = "POST" if self.data is not None else "GET"
        return getattr(self, 'method', default_method)

    def get_full_url(self):
        return self.full_url

    def add_header(self, key, val):
        self.headers[key.capitalize()] = val

    def add_unredirected_header(self, key, val):
        self.unredirected_hdrs[key.capitalize()] = val

    def has_header(self, header_name):
        return header_name in self.headers or header_name in self.unredirected_hdrs

    def get_header(self, header_name, default=None):
        return self.headers.get(header_name, self.unredirected_hdrs.get(header_name, default))

    def remove_header(self, header_name):
        self.headers.pop(header_name, None)
        self.unredirected_hdrs.pop(header_name, None)

    def header_items(self):
        hdrs = {**self.unredirected_hdrs, **self.headers}
        return list(hdrs.items())


def _body_bytes(data):
    if data is None:
        return None
    if isinstance(data, str):
        raise TypeError("POST data should be bytes, an iterable of bytes, or a file object. It cannot be of type str.")
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    if hasattr(data, 'read'):
        d = data.read()
        return d.encode('utf-8') if isinstance(d, str) else bytes(d)
    return b''.join(bytes(chunk) for chunk in data)


def _send(req, timeout):
    if req.type not in ('http', 'https'):
        if req.type in ('file', 'ftp', 'data'):
            raise URLError('%s URLs are not supported in pyex (only http and https, through the network capability)' % req.type)
        raise URLError('unknown url type: %s' % req.type)
    body = _body_bytes(req.data)
    headers = dict(req.header_items())
    if body is not None:
        headers.setdefault('Content-type', 'application/x-www-form-urlencoded')
    headers.setdefault('User-agent', 'Python-urllib/3.11')
    headers.setdefault('Host', req.host)
    items = [(k, str(v)) for k, v in headers.items() if k.lower() != 'host']
    t = None if timeout is _DEFAULT_TIMEOUT or timeout is None else float(timeout)
    try:
        answer = _pyex.call("net.request", req.get_method(), req._full_url, items, body, t)
    except ConnectionError as e:
        raise URLError(str(e)) from None
    except TimeoutError as e:
        raise URLError(e) from None
    return HTTPResponse(answer, req.get_method())


def urlopen(url, data=None, timeout=_DEFAULT_TIMEOUT, *, cafile=None, capath=None, cadefault=False, context=None):
    if isinstance(url, str):
        req = Request(url, data)
    else:
        req = url
        if data is not None:
            req.data = data
    resp = _send(req, timeout)
    if not (200 <= resp.status < 300):
        raise HTTPError(resp.url, resp.status, resp.reason, resp.headers, resp)
    return resp


class OpenerDirector:
    def __init__(self):
        self.addheaders = [('User-agent', 'Python-urllib/3.11')]

    def open(self, fullurl, data=None, timeout=_DEFAULT_TIMEOUT):
        req = Request(fullurl, data) if isinstance(fullurl, str) else fullurl
        for k, v in self.addheaders:
            if not req.has_header(k.capitalize()):
                req.add_header(k, v)
        return urlopen(req, data, timeout)

    def add_handler(self, handler):
        pass

    def close(self):
        pass


def build_opener(*handlers):
    return OpenerDirector()


_opener = None


def install_opener(opener):
    global _opener
    _opener = opener


def pathname2url(pathname):
    return quote(pathname)


def url2pathname(pathname):
    return unquote(pathname)
