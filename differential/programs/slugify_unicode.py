"""Unicode-aware text normalization: slugify, accent stripping, casefold comparisons, width-aware padding."""
import unicodedata
import re

def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))

def slugify(s, max_len=40):
    s = strip_accents(s).lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s[:max_len].rstrip("-")

titles = ["Héllo Wörld!", "  Crème Brûlée: A Recipe  ", "Ångström & Æther", "C'est la vie", "ﬁnancial ｒｅｐｏｒｔ ２０２４",
          "Straße München", "Ελληνικά κείμενα", "日本語のタイトル", "emoji 🎉 party", "--already-slugged--"]
for t in titles:
    print(f"{t!r:<34} -> {slugify(t)!r}")
print("Straße".casefold() == "STRASSE".casefold(), "Straße".lower() == "strasse", "ß".upper(), "ǆ".title(), "İ".casefold())
for ch in ["é", "e\u0301", "Å", "ﬁ", "①", "½", "Ⅻ", "™"]:
    print(repr(ch), [unicodedata.normalize(f, ch) for f in ("NFC", "NFD", "NFKC", "NFKD")], unicodedata.name(ch[0], "?"))
print(unicodedata.normalize("NFC", "e\u0301") == "é", len("e\u0301"), len(unicodedata.normalize("NFC", "e\u0301")))
print([unicodedata.category(c) for c in "aA1 ,\u0301€"], unicodedata.numeric("½"), unicodedata.decimal("٣"), unicodedata.digit("²"))
def display_width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 0 if unicodedata.combining(c) else 1 for c in s)
rows = [("名前", "Tokyo"), ("Name", "München"), ("e\u0301te\u0301", "ok")]
for a, b in rows:
    pad = 10 - display_width(a)
    print(a + " " * pad + "|" + b)
print(sorted(["éclair", "eclair", "Eclair", "zebra", "Zèbre"], key=lambda s: (strip_accents(s).casefold(), s)))
print("ǅungla".istitle(), "ⅷ".isnumeric(), "٣".isdigit(), "a\u0301".isalpha(), "\u00a0".isspace(), "x\u200by".split())
print(ascii("Zoë"), "Zoë".encode("utf-8"), "Zoë".encode("latin-1"), "Zoë".encode("ascii", "replace"), "Zoë".encode("ascii", "xmlcharrefreplace"))
print(b"Zo\xc3\xab".decode(), b"Zo\xeb".decode("latin-1"), b"Zo\xeb".decode("utf-8", "replace"), b"Zo\xeb".decode("utf-8", "ignore"))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
