def http(status):
    match status:
        case 200 | 201 | 204: return 'success'
        case 301 | 302 as code: return f'redirect {code}'
        case int(n) if 400 <= n < 500: return f'client error {n}'
        case int(n) if n >= 500: return 'server error'
        case str() as s if s.isdigit(): return http(int(s))
        case _: return 'unknown'
print([http(s) for s in [200, 204, 302, 404, 418, 503, '201', 'abc', 99, None]])
