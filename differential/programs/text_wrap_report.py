"""Format a plain-text report: textwrap, str.format alignment, centered titles, tables."""
import textwrap

ABSTRACT = ("Differential testing compares two implementations of the same specification by running "
            "both on the same inputs and reporting any difference in their observable behaviour. It is "
            "cheap, catches regressions early, and needs no hand-written expected outputs.")

def banner(title, width=60, fill="="):
    return f"{' ' + title + ' ':{fill}^{width}}"

print(banner("Quarterly Report"))
print(textwrap.fill(ABSTRACT, width=60))
print()
print(textwrap.fill(ABSTRACT, width=40, initial_indent="  * ", subsequent_indent="    "))
print()
for line in textwrap.wrap(ABSTRACT, width=30, max_lines=3, placeholder=" [...]"):
    print(f"|{line:<30}|")
print(textwrap.shorten(ABSTRACT, width=50))
print(textwrap.shorten("Hello   world,  this is   spaced", width=20, placeholder="..."))
print(textwrap.indent("line one\n\nline three\n", "> "))
print(textwrap.dedent("""
    def f():
        return 1
    """))

rows = [("Widgets", 1234, 0.153, 12.5), ("Gadgets", 87, -0.042, 1999.99), ("Sprockets & Cogs", 1000000, 1.5, 0.0)]
header = "{:<18}|{:>10}|{:>8}|{:>12}".format("Product", "Units", "Growth", "Price")
print(header)
print("-" * len(header))
for name, units, growth, price in rows:
    print("{:<18}|{:>10,}|{:>+8.1%}|{:>12,.2f}".format(name[:18], units, growth, price))
print("{0}-{1}-{0}".format("a", "b"), "{name} is {age}".format(name="Ann", age=30))
print("{:*^11}".format("mid"), "{:08.3f}".format(-3.14159), "{:#x} {:#o} {:#b}".format(255, 8, 5))
print("{:e} {:.2E} {:g} {:g} {:g}".format(12345.678, 0.000123, 1e-5, 123456789.0, 0.5))
print("{!r:>10} {!s:<6}|".format("hi", None))
print(f"{'x':>{5}}|{3.14159:.{3}f}|{42:{'0'}>{6}}")
data = {"alpha": 1, "beta": 22, "gamma": 333}
width = max(map(len, data))
for k, v in data.items():
    print(f"{k:.<{width + 3}}{v:.>6}")
print(f"{1234567.891:_.2f} {1234567:_} {0xFFFF:_x} {12:>+05d} {-12:=+6}")
print(f"{'ab':^7}|{'abc':^7}|{7:^5}|{2.5:^9.2f}|")
print("%-10s|%5d|%8.3f|%x|%r|%%" % ("left", 42, 2.71828, 255, "q"))
print("%(name)s has %(count)03d items" % {"name": "cart", "count": 7})
print(str.center("title", 21, "~"), "x".ljust(4, "."), "y".rjust(4, "."), "42".zfill(6), "-42".zfill(6))
print("Tab\tseparated\tvalues".expandtabs(12))
