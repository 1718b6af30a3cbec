"""Number formatting helpers: roman numerals, English words, ordinals, bases, human sizes."""
ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]

def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(f"{n} out of range")
    out = []
    for value, sym in ROMAN:
        count, n = divmod(n, value)
        out.append(sym * count)
    return "".join(out)

def from_roman(s):
    vals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = vals[a]
        total += -v if b != " " and vals[b] > v else v
    return total

ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
SCALES = [(10**12, "trillion"), (10**9, "billion"), (10**6, "million"), (1000, "thousand")]

def words(n):
    if n < 0:
        return "minus " + words(-n)
    if n < 20:
        return ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t] + ("-" + ONES[o] if o else "")
    if n < 1000:
        h, r = divmod(n, 100)
        return ONES[h] + " hundred" + (" and " + words(r) if r else "")
    for value, name in SCALES:
        if n >= value:
            q, r = divmod(n, value)
            return words(q) + " " + name + ((", " if r >= 100 else " and ") + words(r) if r else "")

def ordinal(n):
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"

def human_size(n, binary=True):
    base = 1024 if binary else 1000
    units = ["B", "KiB", "MiB", "GiB", "TiB"] if binary else ["B", "kB", "MB", "GB", "TB"]
    size = float(n)
    for u in units:
        if size < base or u == units[-1]:
            return f"{size:.1f} {u}" if u != "B" else f"{int(size)} B"
        size /= base

def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return sign + "".join(reversed(out))

for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n)
    print(f"{n:>5} {r:<12} {from_roman(r):>5}")
try:
    to_roman(0)
except ValueError as e:
    print("ValueError:", e)
for n in [0, 7, 13, 21, 99, 100, 101, 342, 1000, 1001, 12345, 1000000, 987654321, -45, 2**40]:
    print(f"{n}: {words(n)}")
print([ordinal(n) for n in [1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111, 112, 1003]])
print([human_size(n) for n in [0, 1023, 1024, 1536, 10**6, 2**30 * 5, 2**50]])
print([human_size(n, binary=False) for n in [999, 1000, 123456789]])
print([to_base(n, b) for n, b in [(255, 16), (255, 2), (-42, 7), (10**20, 36)]])
print(int("ff", 16), int("0b1011", 0), int("z", 36), int("  -42  "), int("1_000"), bin(-5), oct(64), hex(-255))
print(format(1234.5, ","), format(0.000012345, ".3g"), format(123, "08b"), round(2.5), round(3.5), round(-0.5), round(1.25, 1))
print(f"{12345.6789:.2e}", f"{-0.0}", f"{1e16}", f"{1e15}", f"{123456789012345678.0}", 1/3, 2/3, 10/3)
print(float("1e-7"), 1e-5, 0.0001, 1e22, 1e21 + 1, float("nan"), -float("inf"), 5e-324, 1.7976931348623157e308)
