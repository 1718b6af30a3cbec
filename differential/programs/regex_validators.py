"""Input validation and extraction with regular expressions: emails, phones, dates, passwords, log redaction."""
import re

EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")
PHONE = re.compile(r"""
    ^\s*
    (?:\+?(?P<country>\d{1,3})[\s.-]?)?
    \(?(?P<area>\d{3})\)?[\s.-]?
    (?P<exchange>\d{3})[\s.-]?
    (?P<line>\d{4})
    (?:\s*(?:x|ext\.?)\s*(?P<ext>\d+))?
    \s*$""", re.VERBOSE | re.IGNORECASE)
DATE = re.compile(r"\b(?P<y>\d{4})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])\b")
STRONG = [(r".{10,}", "at least 10 characters"), (r"[a-z]", "a lowercase letter"), (r"[A-Z]", "an uppercase letter"),
          (r"\d", "a digit"), (r"[^\w\s]", "a symbol"), (r"^(?!.*(.)\1\1)", "no triple repeats")]

for e in ["john.doe@example.com", "a@b.co", "bad@", "x@y.z", "first.last+tag@sub.domain.org", "sp ace@x.com"]:
    print(f"{e:<32} {bool(EMAIL.match(e))}")
for p in ["(555) 123-4567", "+1 555.123.4567 ext 89", "5551234567", "555-1234", "+44 20 7946 0958", "555 123 4567 X12"]:
    m = PHONE.match(p)
    print(f"{p:<26}", m.groupdict() if m else None)
text = "Released 2024-02-29, patched 2024-13-01 and 2023-11-05; bad 2024-1-5."
print([m.group(0) for m in DATE.finditer(text)], DATE.sub(lambda m: f"{m['d']}/{m['m']}/{m['y']}", text))
for pw in ["password", "Passw0rd!", "Sup3r$ecret!!", "aaaBBB111!!!x", "Tr0ub4dor&3xyz"]:
    missing = [msg for pat, msg in STRONG if not re.search(pat, pw)]
    print(f"{pw:<16} {'OK' if not missing else 'needs ' + ', '.join(missing)}")
LOG = "user=alice ip=192.168.1.23 card=4111-1111-1111-1111 token=abcdef123456 email=alice@example.com"
redacted = re.sub(r"\b(?:\d{4}-){3}(\d{4})\b", r"****-****-****-\1", LOG)
redacted = re.sub(r"(token=)\w+", r"\1[REDACTED]", redacted)
redacted = re.sub(r"\b(\d{1,3})\.(\d{1,3})\.\d{1,3}\.\d{1,3}\b", r"\1.\2.x.x", redacted)
print(redacted)
print(re.findall(r"(\w+)=(\S+)", LOG)[:3], dict(re.findall(r"(\w+)=(\S+)", LOG))["ip"])
print(re.split(r"[;,]\s*|\s+and\s+", "a, b;c and d,e"), re.split(r"(\d)", "a1b2c"), re.split(r"x*", "axbc"))
print(re.sub(r"(?P<word>\b\w+\b) (?P=word)", r"\g<word>", "the the cat sat on on the mat"))
print(re.sub(r"(?i)hello", "bye", "Hello HELLO hello"), re.subn(r"\s+", " ", "a  b \t c\n d"))
camel = "parseHTTPResponseCode2XX"
print(re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", camel).lower())
m = re.search(r"(?P<key>\w+):\s*(?P<val>[^,]+)", "alpha: 1, beta: 2")
print(m.group("key", "val"), m.start("val"), m.end(), m.span(2), m.groups(), m.lastgroup, m.re.pattern[:10])
print(re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "123a"), re.match(r"a|ab", "ab").group(), re.search(r"$", "abc").span())
print(re.escape("1+1=2? (yes) [ok] {a} ^$ \\ ."), re.findall(r"[\u4e00-\u9fff]+", "abc 中文 def 字"))
pat = re.compile(r"^(\s*)(#+)\s*(.*?)\s*#*$", re.M)
print(pat.findall("# Title #\n  ## Sub\nplain\n### Deep ###"))
print(re.match(r"(a)(b)?", "ac").groups(), re.match(r"(a)(b)?", "ac").groups(default="-"), bool(re.match(r"^$", "")))
try:
    re.compile(r"(unclosed")
except re.error as e:
    print("re.error:", e.msg, e.pos)
