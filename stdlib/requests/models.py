"""requests.models: Request, PreparedRequest and Response."""

import json as _json
import base64
from datetime import timedelta
from urllib.parse import urlsplit, urlunsplit, urlencode, quote
from requests.structures import CaseInsensitiveDict
from requests.exceptions import (HTTPError, MissingSchema, InvalidSchema, InvalidURL, JSONDecodeError,
                                 InvalidJSONError, StreamConsumedError)

REDIRECT_STATI = (301, 302, 303, 307, 308)


def _to_pairs(params):
    if params is None:
        return []
    if isinstance(params, (str, bytes)):
        return params
    items = params.items() if hasattr(params, 'items') else params
    out = []
    for k, vs in items:
        if isinstance(vs, (str, bytes)) or not hasattr(vs, '__iter__'):
            vs = [vs]
        for v in vs:
            if v is not None:
                out.append((k.encode('utf-8') if isinstance(k, str) else k,
                            v.encode('utf-8') if isinstance(v, str) else v))
    return out


def _encode_params(params):
    p = _to_pairs(params)
    if isinstance(p, (str, bytes)):
        return p
    return urlencode(p, doseq=True)


def _basic_auth(user, password):
    if isinstance(user, str):
        user = user.encode('latin1')
    if isinstance(password, str):
        password = password.encode('latin1')
    return 'Basic ' + base64.b64encode(b':'.join((user, password))).decode('ascii')


class Request:
    def __init__(self, method=None, url=None, headers=None, files=None, data=None, params=None, auth=None,
                 cookies=None, hooks=None, json=None):
        self.method = method
        self.url = url
        self.headers = headers if headers is not None else {}
        self.files = files
        self.data = data if data is not None else []
        self.json = json
        self.params = params if params is not None else {}
        self.auth = auth
        self.cookies = cookies

    def __repr__(self):
        return '<Request [%s]>' % self.method

    def prepare(self):
        p = PreparedRequest()
        p.prepare(method=self.method, url=self.url, headers=self.headers, files=self.files, data=self.data,
                  params=self.params, auth=self.auth, cookies=self.cookies, json=self.json)
        return p


class PreparedRequest:
    def __init__(self):
        self.method = None
        self.url = None
        self.headers = None
        self.body = None

    def prepare(self, method=None, url=None, headers=None, files=None, data=None, params=None, auth=None,
                cookies=None, hooks=None, json=None):
        self.method = method.upper() if method is not None else None
        self.prepare_url(url, params)
        self.headers = CaseInsensitiveDict(headers or {})
        self.prepare_body(data, files, json)
        if auth:
            if isinstance(auth, tuple) and len(auth) == 2:
                self.headers['Authorization'] = _basic_auth(*auth)
            elif callable(auth):
                r = auth(self)
                self.__dict__.update(r.__dict__)
        if cookies:
            self.headers['Cookie'] = '; '.join('%s=%s' % kv for kv in dict(cookies).items())

    def prepare_url(self, url, params):
        if isinstance(url, bytes):
            url = url.decode('utf8')
        else:
            url = str(url)
        url = url.lstrip()
        if ':' in url and not url.lower().startswith('http'):
            self.url = url
            return
        try:
            scheme, netloc, path, query, fragment = urlsplit(url)
        except ValueError as e:
            raise InvalidURL(*e.args)
        if not scheme:
            raise MissingSchema("Invalid URL %r: No scheme supplied. Perhaps you meant https://%s?" % (url, url))
        if not netloc:
            raise InvalidURL("Invalid URL %r: No host supplied" % url)
        if not path:
            path = '/'
        enc = _encode_params(params)
        if isinstance(enc, bytes):
            enc = enc.decode('utf-8')
        if enc:
            query = '%s&%s' % (query, enc) if query else enc
        path = quote(path, safe="!#$%&'()*+,/:;=?@[]~")
        query = quote(query, safe="!#$%&'()*+,/:;=?@[]~")
        self.url = urlunsplit((scheme, netloc, path, query, fragment))

    def prepare_body(self, data, files, json=None):
        body = None
        content_type = None
        if not data and json is not None:
            content_type = 'application/json'
            body = _json.dumps(json, allow_nan=False)
            body = body.encode('utf-8')
        elif files:
            raise NotImplementedError("requests in pyex does not upload files= (multipart); send data= or json=")
        elif data:
            if isinstance(data, (str, bytes)):
                body = data
            elif hasattr(data, 'read'):
                body = data.read()
            elif hasattr(data, 'items') or (isinstance(data, (list, tuple))):
                body = _encode_params(data)
                content_type = 'application/x-www-form-urlencoded'
            else:
                body = b''.join(data)
        if isinstance(body, str):
            body = body.encode('utf-8')
        if body is not None:
            self.headers['Content-Length'] = str(len(body))
        elif self.method not in ('GET', 'HEAD'):
            self.headers['Content-Length'] = '0'
        if content_type and 'content-type' not in self.headers:
            self.headers['Content-Type'] = content_type
        self.body = body

    def copy(self):
        p = PreparedRequest()
        p.method, p.url, p.body = self.method, self.url, self.body
        p.headers = self.headers.copy() if self.headers is not None else None
        return p

    def __repr__(self):
        return '<PreparedRequest [%s]>' % self.method


def _charset(headers):
    ct = headers.get('content-type')
    if not ct:
        return None
    parts = [p.strip() for p in ct.split(';')]
    for p in parts[1:]:
        k, _, v = p.partition('=')
        if k.strip().lower() == 'charset':
            return v.strip(' "\'')
    if 'text' in parts[0]:
        return 'ISO-8859-1'
    if 'application/json' in parts[0]:
        return 'utf-8'
    return None


class Response:
    __attrs__ = ['_content', 'status_code', 'headers', 'url', 'history', 'encoding', 'reason', 'cookies', 'elapsed', 'request']

    def __init__(self):
        self._content = False
        self._content_consumed = False
        self.status_code = None
        self.headers = CaseInsensitiveDict()
        self.raw = None
        self.url = None
        self.encoding = None
        self.history = []
        self.reason = None
        self.cookies = {}
        self.elapsed = timedelta(0)
        self.request = None

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __repr__(self):
        return '<Response [%s]>' % self.status_code

    def __bool__(self):
        return self.ok

    def __iter__(self):
        return self.iter_content(128)

    @property
    def ok(self):
        try:
            self.raise_for_status()
        except HTTPError:
            return False
        return True

    @property
    def is_redirect(self):
        return 'location' in self.headers and self.status_code in REDIRECT_STATI

    @property
    def is_permanent_redirect(self):
        return 'location' in self.headers and self.status_code in (301, 308)

    @property
    def apparent_encoding(self):
        try:
            self.content.decode('utf-8')
            return 'utf-8'
        except UnicodeDecodeError:
            return 'ISO-8859-1'

    @property
    def content(self):
        if self._content is False:
            self._content = b''
        self._content_consumed = True
        return self._content

    @property
    def text(self):
        content = self.content
        if not content:
            return ''
        encoding = self.encoding
        if encoding is None:
            encoding = self.apparent_encoding
        try:
            return str(content, encoding, errors='replace')
        except (LookupError, TypeError):
            return str(content, errors='replace')

    def json(self, **kwargs):
        try:
            return _json.loads(self.text, **kwargs)
        except _json.JSONDecodeError as e:
            raise JSONDecodeError(e.msg, e.doc, e.pos)

    def iter_content(self, chunk_size=1, decode_unicode=False):
        data = self.content
        if chunk_size is None:
            chunk_size = len(data) or 1
        for i in range(0, len(data), chunk_size):
            chunk = data[i:i + chunk_size]
            yield chunk.decode(self.encoding or 'utf-8', 'replace') if decode_unicode else chunk

    def iter_lines(self, chunk_size=512, decode_unicode=False, delimiter=None):
        data = self.content
        if decode_unicode:
            data = data.decode(self.encoding or 'utf-8', 'replace')
        lines = data.split(delimiter) if delimiter else data.splitlines()
        for line in lines:
            yield line

    @property
    def links(self):
        header = self.headers.get('link')
        out = {}
        if not header:
            return out
        for val in header.split(','):
            url, _, params = val.partition(';')
            link = {'url': url.strip(' <>\'"')}
            for param in params.split(';'):
                k, _, v = param.partition('=')
                if k.strip():
                    link[k.strip(' \'"')] = v.strip(' \'"')
            out[link.get('rel') or link.get('url')] = link
        return out

    def raise_for_status(self):
        http_error_msg = ''
        if isinstance(self.reason, bytes):
            try:
                reason = self.reason.decode('utf-8')
            except UnicodeDecodeError:
                reason = self.reason.decode('iso-8859-1')
        else:
            reason = self.reason
        if 400 <= self.status_code < 500:
            http_error_msg = '%s Client Error: %s for url: %s' % (self.status_code, reason, self.url)
        elif 500 <= self.status_code < 600:
            http_error_msg = '%s Server Error: %s for url: %s' % (self.status_code, reason, self.url)
        if http_error_msg:
            raise HTTPError(http_error_msg, response=self)

    def close(self):
        pass


def build_response(req, answer):
    r = Response()
    r.status_code = answer['status']
    r.reason = answer['reason'] or _reason(answer['status'])
    r.headers = CaseInsensitiveDict()
    for k, v in answer['headers']:
        if k in r.headers:
            r.headers[k] = r.headers[k] + ', ' + v
        else:
            r.headers[k] = v
    r._content = answer['body']
    r.url = answer['url']
    r.encoding = _charset(r.headers)
    r.request = req
    return r


def _reason(code):
    from http import HTTPStatus
    try:
        return HTTPStatus(code).phrase
    except ValueError:
        return ''
