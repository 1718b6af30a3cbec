#!/usr/bin/env python3
"""Writes stdlib/_unicodedata_db.py: compact Unicode tables for pyex's unicodedata module, taken
from the running CPython 3.11's unicodedata (Unicode 14.0.0). Data only.

Covered for every code point: category, bidirectional, combining class, east asian width,
mirrored, decimal/digit/numeric values, decompositions (so normalize() is complete) and the
composition exclusions. Names: the ranges in NAME_RANGES, plus the algorithmic names of CJK
unified/compatibility ideographs and Hangul syllables (computed in unicodedata.py)."""
import os
import unicodedata as U

assert U.unidata_version == "14.0.0", U.unidata_version

NAME_RANGES = [
    (0x0000, 0x058F),    # Latin, IPA, modifiers, combining marks, Greek, Cyrillic, Armenian
    (0x1E00, 0x1FFF),    # Latin Extended Additional, Greek Extended
    (0x2000, 0x2BFF),    # punctuation, super/subscripts, currency, letterlike, arrows, math, technical, box, shapes, symbols, dingbats
    (0x2E00, 0x2E7F),    # supplemental punctuation
    (0x3000, 0x30FF),    # CJK symbols and punctuation, Hiragana, Katakana
    (0xFB00, 0xFB4F),    # alphabetic presentation forms (ligatures)
    (0xFE10, 0xFE6F),    # vertical forms, combining half marks, CJK compatibility forms, small forms
    (0xFF00, 0xFFEF),    # halfwidth and fullwidth forms
    (0xFFF9, 0xFFFD),    # specials
    (0x1D400, 0x1D7FF),  # mathematical alphanumeric symbols
    (0x1F000, 0x1FAFF),  # mahjong/domino/cards, enclosed, emoji and pictographs, symbols
]

B36 = "0123456789abcdefghijklmnopqrstuvwxyz"


def b36(n):
    if n == 0:
        return "0"
    s = ""
    while n:
        n, r = divmod(n, 36)
        s = B36[r] + s
    return s


def runs(f):
    out = []
    prev = f(chr(0))
    n = 0
    for cp in range(0x110000):
        v = f(chr(cp))
        if v != prev:
            out.append((n, prev))
            prev = v
            n = 0
        n += 1
    out.append((n, prev))
    return out


# value keys: characters that are not base-36 digits (nor quote/backslash)
KEYS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ!\"#$%&()*+,-./:;<=>?@[]^_`{|}~ "


def enc_runs(f, values):
    assert len(values) <= len(KEYS)
    key = {v: KEYS[i] for i, v in enumerate(values)}
    return "".join(b36(n) + key[v] for n, v in runs(f))


CATS = sorted({U.category(chr(c)) for c in range(0x110000)})
BIDI = sorted({U.bidirectional(chr(c)) for c in range(0x110000)})
EAW = sorted({U.east_asian_width(chr(c)) for c in range(0x110000)})
CCC = sorted({U.combining(chr(c)) for c in range(0x110000)})

tables = {}
tables["CATS"] = repr(" ".join(CATS))
tables["CAT_RUNS"] = enc_runs(U.category, CATS)
tables["BIDIS"] = repr(" ".join(BIDI))
tables["BIDI_RUNS"] = enc_runs(U.bidirectional, BIDI)
tables["EAWS"] = repr(" ".join(EAW))
tables["EAW_RUNS"] = enc_runs(U.east_asian_width, EAW)
tables["CCCS"] = repr(" ".join(map(str, CCC)))
tables["CCC_RUNS"] = enc_runs(U.combining, CCC)
tables["MIRROR_RUNS"] = enc_runs(U.mirrored, [0, 1])

# decompositions: "delta:TAG?hex.hex" per entry (delta from the previous entry in base 36, the
# compatibility tag as an uppercase letter indexing TAGS, the mapping in lowercase hex)
TAGS = sorted({U.decomposition(chr(c)).split()[0] for c in range(0x110000)
               if U.decomposition(chr(c)).startswith("<")})
ents = []
prev = 0
for cp in range(0x110000):
    d = U.decomposition(chr(cp))
    if not d or 0xAC00 <= cp <= 0xD7A3:
        continue
    parts = d.split()
    tag = ""
    if parts[0].startswith("<"):
        tag = chr(65 + TAGS.index(parts[0]))
        parts = parts[1:]
    ents.append(b36(cp - prev) + ":" + tag + ".".join(p.lower().lstrip("0") or "0" for p in parts))
    prev = cp
tables["TAGS"] = repr(" ".join(TAGS))
tables["DECOMP"] = " ".join(ents)

# canonical pairs that do not recompose (composition exclusions, singletons, non-starters)
excl = []
for cp in range(0x110000):
    d = U.decomposition(chr(cp))
    if d and not d.startswith("<") and not 0xAC00 <= cp <= 0xD7A3:
        parts = d.split()
        if len(parts) == 1 or U.combining(chr(cp)) or U.combining(chr(int(parts[0], 16))):
            continue
        if U.normalize("NFC", chr(cp)) != chr(cp):
            excl.append(cp)
tables["EXCLUDED"] = " ".join(b36(c) for c in excl)

# numbers: decimal digit runs (start of 0..9), digits, numeric values
dec_starts = [cp for cp in range(0x110000) if U.decimal(chr(cp), None) == 0]
for s in dec_starts:
    assert all(U.decimal(chr(s + i), None) == i for i in range(10)), hex(s)
n_dec = sum(1 for cp in range(0x110000) if U.decimal(chr(cp), None) is not None)
assert n_dec == 10 * len(dec_starts)
tables["DEC_STARTS"] = " ".join(b36(c) for c in dec_starts)
digs = []
nums = []
from fractions import Fraction
for cp in range(0x110000):
    c = chr(cp)
    if U.decimal(c, None) is None and U.digit(c, None) is not None:
        digs.append(b36(cp) + ":" + str(U.digit(c)))
    v = U.numeric(c, None)
    if v is not None and U.digit(c, None) is None:
        fr = Fraction(v).limit_denominator(1000)
        if float(fr) != v:
            raise SystemExit("numeric %x" % cp)
        nums.append(b36(cp) + ":" + (str(fr.numerator) if fr.denominator == 1 else "%d/%d" % (fr.numerator, fr.denominator)))
tables["DIGITS"] = " ".join(digs)
tables["NUMERIC"] = " ".join(nums)

# names: a word list (by frequency) and per name its word indexes in a variable-length code over
# NAME_ALPHA (the first half ends a number, the second half continues it); names are separated by
# spaces and a gap in code points is written {base-36 gap} before the name.
NAME_ALPHA = "".join(chr(c) for c in range(33, 127) if chr(c) not in "\\'{} ")
HALF = len(NAME_ALPHA) // 2


def vlq(n):
    digits = [NAME_ALPHA[n % HALF]]
    n //= HALF
    while n:
        digits.append(NAME_ALPHA[HALF + n % HALF])
        n //= HALF
    return "".join(reversed(digits))


named = []
for lo, hi in NAME_RANGES:
    for cp in range(lo, hi + 1):
        n = U.name(chr(cp), None)
        if n is None or n.startswith("CJK UNIFIED IDEOGRAPH-") or n.startswith("CJK COMPATIBILITY IDEOGRAPH-"):
            continue
        named.append((cp, n))
freq = {}
for cp, n in named:
    for w in n.split(" "):
        freq[w] = freq.get(w, 0) + 1
words = sorted(freq, key=lambda w: (-freq[w], w))
widx = {w: i for i, w in enumerate(words)}
ents = []
prev = -1
for cp, n in named:
    delta = cp - prev - 1
    ents.append(("{%s}" % b36(delta) if delta else "") + "".join(vlq(widx[w]) for w in n.split(" ")))
    prev = cp
tables["NAME_ALPHA"] = repr(NAME_ALPHA)
tables["WORDS"] = " ".join(words)
tables["NAMES"] = " ".join(ents)

# algorithmic-name ranges present in this Unicode version
def name_ranges(prefix):
    out = []
    start = None
    for cp in range(0x110000):
        n = U.name(chr(cp), "")
        ok = n.startswith(prefix)
        if ok and start is None:
            start = cp
        if not ok and start is not None:
            out.append((start, cp - 1))
            start = None
    return out
tables["CJK_RANGES"] = " ".join("%x-%x" % r for r in name_ranges("CJK UNIFIED IDEOGRAPH-"))
tables["CJK_COMPAT_RANGES"] = " ".join("%x-%x" % r for r in name_ranges("CJK COMPATIBILITY IDEOGRAPH-"))
tables["NAME_RANGES"] = " ".join("%x-%x" % r for r in NAME_RANGES)


def chunk(s, width=100):
    if s.startswith("'") or s.startswith('"'):
        return "    " + s
    return "\n".join("    %r" % s[i:i + width] for i in range(0, len(s), width)) or "    ''"


out = ['"""Unicode %s tables for unicodedata (generated by scripts/gen_unicodedata.py; do not edit)."""\n'
       % U.unidata_version]
for k, v in tables.items():
    out.append("%s = (\n%s\n)\n" % (k, chunk(v)))
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
with open(os.path.join(root, "stdlib", "_unicodedata_db.py"), "w") as f:
    f.write("\n".join(out))
