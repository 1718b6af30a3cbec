"""requests.codes: status codes by name (requests.codes.ok == 200, codes.not_found == 404)."""


class _Codes(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None


_NAMES = {
    200: ('ok', 'okay', 'all_ok', 'all_okay', 'all_good'), 201: ('created',), 202: ('accepted',),
    204: ('no_content',), 206: ('partial_content',), 301: ('moved_permanently', 'moved'), 302: ('found',),
    303: ('see_other', 'other'), 304: ('not_modified',), 307: ('temporary_redirect',), 308: ('permanent_redirect',),
    400: ('bad_request', 'bad'), 401: ('unauthorized',), 403: ('forbidden',), 404: ('not_found',),
    405: ('method_not_allowed', 'not_allowed'), 408: ('request_timeout', 'timeout'), 409: ('conflict',),
    410: ('gone',), 418: ('im_a_teapot', 'teapot'), 422: ('unprocessable_entity', 'unprocessable'),
    429: ('too_many_requests', 'too_many'), 500: ('internal_server_error', 'server_error'),
    501: ('not_implemented',), 502: ('bad_gateway',), 503: ('service_unavailable', 'unavailable'),
    504: ('gateway_timeout',),
}

codes = _Codes()
for _code, _titles in _NAMES.items():
    for _t in _titles:
        codes[_t] = _code
        codes[_t.upper()] = _code
