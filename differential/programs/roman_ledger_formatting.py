"""Financial statement formatting: column alignment, negative numbers in parentheses, totals and percentages."""
from decimal import Decimal

STATEMENT = [
    ("Revenue", [("Product sales", "1250340.50"), ("Services", "310200.00"), ("Licensing", "45000.75")]),
    ("Cost of sales", [("Materials", "-420110.20"), ("Labour", "-310500.00"), ("Freight", "-18990.40")]),
    ("Operating expenses", [("Salaries", "-350000.00"), ("Rent", "-96000.00"), ("Marketing", "-120450.65"), ("Depreciation", "-30000.00")]),
    ("Other", [("Interest income", "1200.10"), ("FX loss", "-3540.55")]),
]

def money(d, width=16):
    d = Decimal(d)
    s = f"{abs(d):,.2f}"
    return f"({s})".rjust(width) if d < 0 else f"{s} ".rjust(width)

def pct(part, whole):
    if whole == 0:
        return "   n/a"
    return f"{(Decimal(part) / Decimal(whole) * 100):6.1f}%"

revenue = sum(Decimal(v) for _, v in STATEMENT[0][1])
print(f"{'INCOME STATEMENT':^52}")
print(f"{'FY 2024 (USD)':^52}")
print("=" * 52)
running = Decimal(0)
for section, lines in STATEMENT:
    print(section.upper())
    subtotal = Decimal(0)
    for label, value in lines:
        subtotal += Decimal(value)
        print(f"  {label:<26}{money(value)}{pct(value, revenue):>8}")
    running += subtotal
    print(f"  {'Total ' + section.lower():<26}{money(subtotal)}{pct(subtotal, revenue):>8}")
    print(f"  {'Cumulative':<26}{money(running)}")
    print("-" * 52)
print(f"{'NET INCOME':<28}{money(running)}{pct(running, revenue):>8}")
print("=" * 52)
print(money("0"), money("-0.004"), money("1e6"), money("-1234567.891"))
widths = [len(money(v)) for _, ls in STATEMENT for _, v in ls]
print(set(widths), f"{Decimal('1234.5'):>12,.3f}", f"{Decimal('-0.5'):+.1f}", f"{Decimal('12.345'):.2e}")
print("{:>10}|{:<10}|{:^10}".format("right", "left", "centre"), "{:>+10.2f}|{: .3f}|{:010.4f}".format(3.14159, 2.5, -1.5))
print(f"{1234567:,d} {1234567:_d} {0.25:%} {0.256:.1%} {-42:05d} {42:x} {42:#06x} {3.0:g} {1e-7:g} {123456789.0:g}")
