# Generates the 126-bit power-of-ten multipliers used by the Schubfach
# shortest-digits path in vm/rt/dtoa.ts.  For k in [-324, 292]:
#   r = floor(log2(10^-k)) - 125,  g = floor(10^-k / 2^r) + 1,  2^125 <= g < 2^126
# stored as (g >> 63, g & (2^63-1)).  Prints an AssemblyScript array literal.
def flog2pow10(e):  # same integer formula as used in dtoa.ts
    return (e * 913124641741) >> 38
vals = []
for k in range(-324, 293):
    e = -k
    if e >= 0:
        fl = (10 ** e).bit_length() - 1
    else:
        fl = -((10 ** -e).bit_length())
    assert fl == flog2pow10(e), (k, fl)
    r = fl - 125
    if r >= 0:
        g = (10 ** e) // (1 << r) + 1 if e >= 0 else None
    else:
        g = (10 ** e) * (1 << -r) + 1 if e >= 0 else (1 << -r) // (10 ** -e) + 1
    if g is None:
        g = (10 ** e) // (1 << r) + 1
    assert (1 << 125) <= g < (1 << 126), k
    vals.append((g >> 63, g & ((1 << 63) - 1)))
# also check the floor(log10 2^q) formulas over the double range
for q in range(-1074, 972):
    import math
    from fractions import Fraction
    k = (q * 661971961083) >> 41
    assert Fraction(10) ** k <= Fraction(2) ** q < Fraction(10) ** (k + 1), q
    k3 = (q * 661971961083 - 274743187321) >> 41
    v = Fraction(3, 4) * Fraction(2) ** q
    assert Fraction(10) ** k3 <= v < Fraction(10) ** (k3 + 1), q
out = []
for a, b in vals:
    out.append("0x%016x, 0x%016x" % (a, b))
print("const G_TABLE = memory.data<u64>([\n  " + ",\n  ".join(out) + "\n]);")
