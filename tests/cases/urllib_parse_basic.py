from urllib.parse import (urlparse, urlsplit, urlunparse, urlunsplit, urljoin, urldefrag, urlencode,
                          parse_qs, parse_qsl, quote, quote_plus, unquote, unquote_plus, quote_from_bytes, unquote_to_bytes)
for u in ["https://user:pw@Example.COM:8080/a/b;p?x=1&y=2#frag", "http://[::1]:80/x", "mailto:me@x.org",
          "//host/path", "/just/path?q", "file:///etc/hosts", "HTTP://x.com", "http://x.com:abc/", "a:b", "1http://x"]:
    p = urlparse(u)
    print(p)
    print(urlsplit(u))
    print(urlunparse(p), urlunsplit(urlsplit(u)), p.geturl())
    try:
        print(p.hostname, p.username, p.password, p.port)
    except ValueError as e:
        print("ValueError", e)
print(urlparse(b"http://x.com/a?b#c"))
print(urlparse(b"http://u@x.com:9/").port, urlparse(b"http://u@x.com:9/").hostname)
base = "http://a/b/c/d;p?q"
for r in ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x", "g;x?y#s", "",
          ".", "./", "..", "../", "../g", "../..", "../../", "../../g", "../../../g", "../../../../g", "/./g", "/../g",
          "g.", ".g", "g..", "..g", "./../g", "./g/.", "g/./h", "g/../h", "g;x=1/./y", "g;x=1/../y", "https://z/"]:
    print(repr(r), urljoin(base, r))
print(urljoin("http://x.com", "a"), urljoin("http://x.com/a/", "b/../c"), urljoin("", "x"), urljoin("http://x/", ""))
print(urldefrag("http://x/a#b"), urldefrag("http://x/a"))
print(urlencode({"a": 1, "b": "x y", "c": "é/&"}), urlencode([("a", [1, 2]), ("b", "z")], doseq=True), urlencode([("a", [1, 2])]))
print(urlencode({"q": "a b"}, quote_via=quote))
print(parse_qs("a=1&a=2&b=&c=x+y%20z"), parse_qs("a=1&b=", keep_blank_values=True), parse_qsl("a=1;b=2", separator=";"))
print(parse_qsl("x&y=1"), parse_qsl("x&y=1", keep_blank_values=True))
for s in ["abc def/ghi?&=é~", "", "a+b", "\u20ac"]:
    print(quote(s), quote(s, safe=""), quote_plus(s), quote_plus(s, safe="/"))
print(quote(b"a b\xff"), quote_from_bytes(b"\x00/"), quote("a/b", safe=b"/"))
for s in ["a%20b", "%E2%82%AC", "%e2%82", "%zz%4", "a+b%2B", "%", "%%41", "caf%C3%A9 %C3"]:
    print(repr(unquote(s)), repr(unquote_plus(s)), unquote_to_bytes(s))
print(unquote(b"a%20b"))
try:
    urlparse("http://[::1/")
except ValueError as e:
    print("ValueError", e)
try:
    urlencode("abc")
except TypeError as e:
    print("TypeError", e)
r = urlparse("http://x.com/p")
print(r._replace(path="/q").geturl(), r.scheme, r[1], type(r).__name__, isinstance(r, tuple))
print(urlsplit("http://x.com:65536/").netloc)
try:
    urlsplit("http://x.com:65536/").port
except ValueError as e:
    print("ValueError", e)
