"""requests.sessions: Session (shared headers, params and auth for several requests)."""

import _pyex

_HostConnectionError = ConnectionError   # the builtin one, before requests' own shadows the name
from requests.structures import CaseInsensitiveDict
from requests.models import Request, build_response
from requests.exceptions import ConnectionError, ConnectTimeout, ReadTimeout, InvalidSchema, TooManyRedirects

DEFAULT_HEADERS = {
    'User-Agent': 'python-requests/2.31.0',
    'Accept-Encoding': 'gzip, deflate',
    'Accept': '*/*',
    'Connection': 'keep-alive',
}


def _merge(request_setting, session_setting):
    if session_setting is None:
        return request_setting
    if request_setting is None:
        return session_setting
    if not (hasattr(session_setting, 'items') and hasattr(request_setting, 'items')):
        return request_setting
    merged = CaseInsensitiveDict(session_setting) if isinstance(session_setting, CaseInsensitiveDict) else dict(session_setting)
    merged.update(request_setting)
    for k in [k for k, v in merged.items() if v is None]:
        del merged[k]
    return merged


def _timeout_seconds(timeout):
    if timeout is None:
        return None
    if isinstance(timeout, tuple):
        parts = [t for t in timeout if t is not None]
        return float(sum(parts)) if parts else None
    return float(timeout)


class Session:
    __attrs__ = ['headers', 'cookies', 'auth', 'proxies', 'hooks', 'params', 'verify', 'cert', 'adapters', 'stream',
                 'trust_env', 'max_redirects']

    def __init__(self):
        self.headers = CaseInsensitiveDict(DEFAULT_HEADERS)
        self.auth = None
        self.proxies = {}
        self.hooks = {'response': []}
        self.params = {}
        self.stream = False
        self.verify = True
        self.cert = None
        self.max_redirects = 30
        self.trust_env = True
        self.cookies = {}
        self.adapters = {}

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def close(self):
        pass

    def prepare_request(self, request):
        from requests.models import PreparedRequest
        p = PreparedRequest()
        p.prepare(method=request.method.upper(), url=request.url, files=request.files, data=request.data,
                  json=request.json, headers=_merge(request.headers, self.headers),
                  params=_merge(request.params, self.params), auth=_merge(request.auth, self.auth),
                  cookies=_merge(request.cookies, self.cookies) or None)
        return p

    def request(self, method, url, params=None, data=None, headers=None, cookies=None, files=None, auth=None,
                timeout=None, allow_redirects=True, proxies=None, hooks=None, stream=None, verify=None, cert=None,
                json=None):
        req = Request(method=method.upper(), url=url, headers=headers, files=files, data=data or {}, json=json,
                      params=params or {}, auth=auth, cookies=cookies)
        prep = self.prepare_request(req)
        return self.send(prep, timeout=timeout, allow_redirects=allow_redirects)

    def send(self, request, timeout=None, allow_redirects=True, **kwargs):
        if not request.url.lower().startswith(('http://', 'https://')):
            raise InvalidSchema("No connection adapters were found for %r" % request.url)
        headers = [(k, str(v)) for k, v in request.headers.items()]
        try:
            answer = _pyex.call("net.request", request.method, request.url, headers, request.body,
                                _timeout_seconds(timeout))
        except TimeoutError as e:
            raise ReadTimeout(str(e), request=request) from None
        except _HostConnectionError as e:   # the host could not get an answer: requests' own ConnectionError
            raise ConnectionError(str(e), request=request) from None
        return build_response(request, answer)

    def get(self, url, **kwargs):
        kwargs.setdefault('allow_redirects', True)
        return self.request('GET', url, **kwargs)

    def options(self, url, **kwargs):
        kwargs.setdefault('allow_redirects', True)
        return self.request('OPTIONS', url, **kwargs)

    def head(self, url, **kwargs):
        kwargs.setdefault('allow_redirects', False)
        return self.request('HEAD', url, **kwargs)

    def post(self, url, data=None, json=None, **kwargs):
        return self.request('POST', url, data=data, json=json, **kwargs)

    def put(self, url, data=None, **kwargs):
        return self.request('PUT', url, data=data, **kwargs)

    def patch(self, url, data=None, **kwargs):
        return self.request('PATCH', url, data=data, **kwargs)

    def delete(self, url, **kwargs):
        return self.request('DELETE', url, **kwargs)


def session():
    return Session()
