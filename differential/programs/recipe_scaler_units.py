"""Unit conversion with a registry of units, Fractions for cooking measures, and parsing with regex."""
import re
from fractions import Fraction
from enum import Enum

class Dim(Enum):
    VOLUME = "volume"
    MASS = "mass"
    COUNT = "count"

UNITS = {
    "tsp": (Dim.VOLUME, Fraction(1)), "tbsp": (Dim.VOLUME, Fraction(3)), "cup": (Dim.VOLUME, Fraction(48)),
    "ml": (Dim.VOLUME, Fraction(1000, 4929)), "l": (Dim.VOLUME, Fraction(1000000, 4929)),
    "g": (Dim.MASS, Fraction(1)), "kg": (Dim.MASS, Fraction(1000)), "oz": (Dim.MASS, Fraction(2835, 100)),
    "lb": (Dim.MASS, Fraction(45359, 100)), "": (Dim.COUNT, Fraction(1)),
}
ALIASES = {"teaspoon": "tsp", "teaspoons": "tsp", "tablespoon": "tbsp", "tablespoons": "tbsp",
           "cups": "cup", "grams": "g", "ounces": "oz", "pounds": "lb", "lbs": "lb"}

LINE = re.compile(r"^\s*(?P<qty>\d+(?:\s+\d+/\d+)?|\d+/\d+|\d*\.\d+)\s*(?P<unit>[a-zA-Z]*)\.?\s+(?P<what>.+?)\s*$")

class UnitError(ValueError):
    pass

def parse_qty(s):
    return sum((Fraction(p) for p in s.split()), Fraction(0))

def convert(qty, src, dst):
    src, dst = ALIASES.get(src, src), ALIASES.get(dst, dst)
    try:
        d1, f1 = UNITS[src]
        d2, f2 = UNITS[dst]
    except KeyError as e:
        raise UnitError(f"unknown unit {e.args[0]!r}") from None
    if d1 is not d2:
        raise UnitError(f"cannot convert {d1.value} to {d2.value}")
    return qty * f1 / f2

def pretty(q):
    q = Fraction(q).limit_denominator(8)
    whole, rem = divmod(q.numerator, q.denominator)
    if not rem:
        return str(whole)
    return (f"{whole} " if whole else "") + f"{rem}/{q.denominator}"

RECIPE = """2 1/4 cups flour
1 tsp baking soda
1/2 teaspoon salt
1 cup butter
3/4 cup sugar
2 eggs
12 oz chocolate chips
.5 lb walnuts"""

items = []
for line in RECIPE.splitlines():
    m = LINE.match(line)
    if not m:
        print("unparsed:", line)
        continue
    unit = ALIASES.get(m["unit"].lower(), m["unit"].lower())
    if unit not in UNITS:
        unit, what = "", f"{m['unit']} {m['what']}"
    else:
        what = m["what"]
    items.append((parse_qty(m["qty"]), unit, what))

for factor in (Fraction(1, 2), Fraction(3, 2)):
    print(f"--- scaled by {factor}")
    for q, u, what in items:
        q2 = q * factor
        extra = ""
        if u in ("cup", "tsp", "tbsp"):
            extra = f" (~{float(convert(q2, u, 'ml')):.0f} ml)"
        elif u in ("oz", "lb"):
            extra = f" (~{float(convert(q2, u, 'g')):.0f} g)"
        print(f"{pretty(q2):>6} {u:<4} {what}{extra}")
print(convert(Fraction(1), "cup", "tbsp"), convert(3, "tbsp", "tsp"), pretty(convert(1, "tsp", "cup")))
print(float(convert(1, "kg", "lb")), round(float(convert(2, "l", "cup")), 4))
for bad in [("cup", "g"), ("cup", "pint")]:
    try:
        convert(1, *bad)
    except UnitError as e:
        print("UnitError:", e, isinstance(e, ValueError))
