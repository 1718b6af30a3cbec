"""requests: the popular HTTP library's API over the host's network capability (docs/capabilities.md).

    import requests
    r = requests.get("https://api.example.com/v1/items", params={"q": "x"}, timeout=5)
    r.raise_for_status(); r.json()

Each request is one `net.request` host call; the host decides what is reachable (a denied URL
raises PermissionError naming the rule), adds its own headers and follows redirects. Not here:
cookies persistence across requests, streaming uploads, proxies, certificates (the host's fetch
handles TLS), hooks and adapters.
"""

from requests.exceptions import (RequestException, HTTPError, ConnectionError, Timeout, ConnectTimeout, ReadTimeout,
                                 URLRequired, TooManyRedirects, MissingSchema, InvalidSchema, InvalidURL, InvalidHeader,
                                 JSONDecodeError, InvalidJSONError)
from requests.structures import CaseInsensitiveDict
from requests.models import Request, PreparedRequest, Response
from requests.sessions import Session, session
from requests.codes import codes

__version__ = '2.31.0'
__title__ = 'requests'


def request(method, url, **kwargs):
    with Session() as s:
        return s.request(method=method, url=url, **kwargs)


def get(url, params=None, **kwargs):
    return request('get', url, params=params, **kwargs)


def options(url, **kwargs):
    return request('options', url, **kwargs)


def head(url, **kwargs):
    kwargs.setdefault('allow_redirects', False)
    return request('head', url, **kwargs)


def post(url, data=None, json=None, **kwargs):
    return request('post', url, data=data, json=json, **kwargs)


def put(url, data=None, **kwargs):
    return request('put', url, data=data, **kwargs)


def patch(url, data=None, **kwargs):
    return request('patch', url, data=data, **kwargs)


def delete(url, **kwargs):
    return request('delete', url, **kwargs)
