"""Scale recipes with exact fractions and print mixed-number quantities."""
from fractions import Fraction
from math import gcd, lcm

RECIPE = {
    "flour (cups)": "2 1/4",
    "sugar (cups)": "3/4",
    "butter (tbsp)": "10",
    "eggs": "2",
    "vanilla (tsp)": "1 1/2",
    "salt (tsp)": "1/8",
}

def parse_qty(text):
    total = Fraction(0)
    for part in text.split():
        total += Fraction(part)
    return total

def mixed(q):
    if q.denominator == 1:
        return str(q.numerator)
    whole, rem = divmod(q.numerator, q.denominator)
    frac = f"{rem}/{q.denominator}"
    return f"{whole} {frac}" if whole else frac

def scale(recipe, factor):
    return {k: parse_qty(v) * factor for k, v in recipe.items()}

for factor in (Fraction(1, 2), Fraction(3), Fraction(2, 3)):
    print(f"x{factor}:")
    for name, q in scale(RECIPE, factor).items():
        print(f"  {name:<15} {mixed(q):>8}   ({float(q):.3f})")

f = Fraction(3, 4)
g = Fraction("0.125")
print(f + g, f - g, f * g, f / g, f ** 2, f ** -1, -f, abs(-f))
print(f // g, f % g, divmod(Fraction(7, 2), Fraction(2, 3)))
print(Fraction(1.1), Fraction(1.1).limit_denominator(100), Fraction("3.1415926535").limit_denominator(1000))
print(Fraction(6, -8), repr(Fraction(6, -8)), Fraction(0), Fraction(5, 1) == 5, Fraction(1, 2) == 0.5)
print(Fraction(1, 3) < 0.34, sorted([Fraction(1, 3), 0.3, 1, Fraction(2, 7)]), round(Fraction(7, 2)), round(Fraction(5, 2)))
print(round(Fraction(22, 7), 3), float(Fraction(1, 3)), int(Fraction(-7, 2)), Fraction(1, 3).as_integer_ratio())
print(sum(Fraction(1, n) for n in range(1, 11)))
print(gcd(48, 180), lcm(4, 6, 10), gcd(), Fraction(2, 4).numerator, Fraction(2, 4).denominator)
print(f"{Fraction(1, 3) + 1}", str(Fraction(-1, 3)), hash(Fraction(1, 2)) == hash(0.5))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    Fraction("one half")
except ValueError as e:
    print("ValueError:", e)
harmonic = Fraction(0)
n = 0
while harmonic < 3:
    n += 1
    harmonic += Fraction(1, n)
print(n, harmonic.numerator % 1000, harmonic.denominator % 1000)
