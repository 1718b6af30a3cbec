"""Parse and build URLs and query strings with urllib.parse, then summarize request logs."""
from urllib.parse import urlparse, urlunparse, parse_qs, parse_qsl, urlencode, quote, unquote, urljoin, quote_plus, unquote_plus, urlsplit
from collections import Counter

URLS = [
    "https://shop.example.com/products/view?id=42&ref=home&utm_source=mail",
    "http://user:pw@api.example.com:8080/v1/items/?page=2&page=3&sort=-price#results",
    "https://shop.example.com/search?q=red+shoes&size=10%2F11&empty=",
    "ftp://files.example.org/pub/readme.txt",
    "/relative/path?x=1",
    "mailto:someone@example.com",
]

for u in URLS:
    p = urlparse(u)
    print(f"{p.scheme or '-':<7}{p.netloc or '-':<28}{p.path:<22}{p.query or '-'}")
    if p.query:
        print("    qs:", parse_qs(p.query), "| qsl:", parse_qsl(p.query, keep_blank_values=True))

p = urlparse(URLS[1])
print(p.hostname, p.port, p.username, p.password, p.fragment, p.params == "")
print(p._replace(fragment="", query="page=9").geturl())
print(urlunparse(("https", "example.com", "/a b", "", "x=1", "frag")))
print(urlencode({"q": "café & bar", "n": 3, "tags": ["a", "b"]}), urlencode({"tags": ["a", "b"]}, doseq=True))
print(quote("a b/c?d=é"), quote("a b/c", safe=""), quote_plus("a b&c"), unquote("caf%C3%A9%20%26"), unquote_plus("a+b%2Bc"))
base = "https://example.com/docs/guide/intro.html"
for ref in ["setup.html", "../api/", "/about", "//cdn.example.com/x.js", "?v=2", "#top", "https://other.org/"]:
    print(f"{ref:<24} -> {urljoin(base, ref)}")
hits = Counter()
for u in URLS:
    s = urlsplit(u)
    if s.netloc:
        hits[s.hostname] += 1
print(hits.most_common())
def strip_tracking(url):
    parts = urlparse(url)
    kept = [(k, v) for k, v in parse_qsl(parts.query) if not k.startswith("utm_")]
    return urlunparse(parts._replace(query=urlencode(kept)))
print(strip_tracking(URLS[0]))
