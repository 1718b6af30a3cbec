# urllib.parse: urlparse/urlsplit/urlunparse/urljoin/urldefrag, the result objects' properties,
# quote/unquote variants, urlencode, parse_qs/parse_qsl and their errors, bytes arguments
from urllib.parse import *
import urllib.parse as up

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

urls = ['http://user:pw@Example.COM:8080/a/b;p?q=1&r=2#frag', 'https://example.com', '//host/path',
        'mailto:someone@example.com', 'file:///etc/passwd', 'path/only?x', 'http://[::1]:80/x',
        'http://[fe80::1%25eth0]/', 'HTTP://h/', 'a1+-.:rest', '1http://x', ' http://x/ y\t\n',
        'http://h/p;a;b/c;d?x#y#z', 'tel:+1-234;ext=5', 'http://x?q#f', 'http://h:bad/',
        'http://h:99999/', 'http://u@h', 'http://:@h:/', 'urn:isbn:0451450523', '', '#f', '?q', ';p']
for u in urls:
    s = urlsplit(u); p = urlparse(u)
    print(repr(u)); print(' ', s); print(' ', p)
    attempt('  hostport', lambda: (p.username, p.password, p.hostname, p.port))
    print('  geturl', s.geturl(), p.geturl())
attempt('nofrag', lambda: urlsplit('http://h/p#f', allow_fragments=False))
attempt('scheme default', lambda: urlparse('//h/p', scheme='https'))
attempt('ipv6 bad', lambda: urlsplit('http://[::1/x'))
attempt('ipv6 bad2', lambda: urlsplit('http://::1]/x'))
attempt('bytes', lambda: urlparse(b'http://h/p?q#f'))
attempt('bytes props', lambda: urlparse(b'http://u:p@H:81/').hostname)
attempt('mix', lambda: urljoin('http://a/', b'x'))
attempt('encode', lambda: urlsplit('http://h/p').encode())
attempt('decode', lambda: urlsplit(b'http://h/p').decode())
print(urlunsplit(('http', 'h', 'p', 'q', 'f')), urlunsplit(('', '', '/p', '', '')), urlunsplit(('file', '', '/x', '', '')))
print(urlunparse(('http', 'h', '/p', 'par', 'q', 'f')), urlunparse(['', '', 'p', '', '', '']))

base = 'http://a/b/c/d;p?q'
for rel in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x', 'g;x?y#s',
            '', '.', './', '..', '../', '../g', '../..', '../../', '../../g', '../../../g', '../../../../g',
            '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h', 'g/../h', 'g;x=1/./y',
            'g;x=1/../y', 'g?y/./x', 'g#s/../x', 'http:g', 'https:g', 'mailto:x']:
    print('join', repr(rel), urljoin(base, rel))
print(urljoin('http://a/b/', '../../../x'), urljoin('', 'x'), urljoin('http://a', ''), urljoin('http://a/b', 'c', allow_fragments=False))
print(urljoin(b'http://a/b/c', b'../d'), urljoin('ftp://h/a/b', 'c'), urljoin('svn://h/a/', 'c'), urljoin('foo://h/a/', 'c'))
print(urldefrag('http://h/p?q#frag'), urldefrag('http://h/p'), urldefrag(b'x#y'), urldefrag('http://h/p#f').geturl())

for s in ['abc', 'a b&c=d/e?f', 'ünïcödé', '~_.-', '', '100%', 'a+b', '/path/to file']:
    print('quote', repr(s), quote(s), quote(s, safe=''), quote_plus(s), quote_plus(s, safe='/'))
print(quote(b'a b\xff'), quote('é', encoding='latin-1'), quote('é', encoding='ascii', errors='replace'), quote_from_bytes(b'/x y'))
attempt('quote bytes enc', lambda: quote(b'x', encoding='utf-8'))
attempt('quote bytes err', lambda: quote(b'x', errors='strict'))
attempt('qfb', lambda: quote_from_bytes('x'))
attempt('quote int', lambda: quote(5))
for s in ['abc', 'a%20b', '%E2%82%AC', '%e2%82%ac', '%zz', '%', '%4', 'a+b', 'é%20', '%FF', '%C3%A9ü%C3%A9']:
    print('unquote', repr(s), repr(unquote(s)), repr(unquote_plus(s)), unquote_to_bytes(s))
print(unquote(b'a%20b'), unquote('%FF', errors='strict') if False else unquote('%E9', encoding='latin-1'))
attempt('unquote None', lambda: unquote(None))
attempt('unquote strict', lambda: unquote('%FF', errors='strict'))
print(urlencode({'a': 1, 'b': 'x y', 'c': ['1', '2']}), urlencode([('a', 'é'), ('b', b'\xff ')]))
print(urlencode({'c': ['1', '2'], 'd': 5, 'e': 'str', 'f': (1, 2)}, doseq=True), urlencode({'a': 'b/c'}, safe='/'))
print(urlencode({'a': 'x y'}, quote_via=quote), urlencode([]), urlencode({}))
attempt('urlencode bad', lambda: urlencode('abc'))
attempt('urlencode bad2', lambda: urlencode([1, 2]))
for q in ['a=1&b=2&a=3', 'a=&b', 'a=1;b=2', 'x+y=%20z', '', '&&a=1&', 'a=1=2', 'é=ü']:
    print('qs', repr(q), parse_qs(q), parse_qsl(q), parse_qsl(q, keep_blank_values=True))
print(parse_qsl('a=1;b=2', separator=';'), parse_qs(b'a=1&a=2'))
attempt('strict', lambda: parse_qsl('a&b=1', strict_parsing=True))
attempt('strict empty', lambda: parse_qsl('a=1&&b=1', strict_parsing=True))
attempt('maxfields', lambda: parse_qsl('a=1&b=2', max_num_fields=1))
attempt('sep', lambda: parse_qsl('a=1', separator=''))
attempt('sep2', lambda: parse_qsl('a=1', separator=5))
r = urlparse('http://h/p')
print(type(r).__name__, r._fields, r._replace(scheme='https').geturl(), r.scheme, r[1], len(r), tuple(r))
print(isinstance(r, tuple), SplitResult._fields, DefragResult('u', 'f'))
print(up.unwrap('<URL:http://h/p>'), up.unwrap(' x '))
