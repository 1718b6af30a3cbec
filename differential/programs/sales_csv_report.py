"""Aggregate an inline sales CSV by region and product and print a report."""
import csv
import io
import statistics
from collections import defaultdict

RAW = """date,region,product,units,unit_price
2024-01-03,North,Widget,12,2.50
2024-01-04,South,Gadget,3,10.00
2024-01-04,North,Gadget,5,10.00
2024-01-05,East,Widget,20,2.45
2024-01-06,West,Doohickey,1,99.99
2024-01-06,South,Widget,7,2.50
2024-01-07,East,Gadget,,10.00
2024-01-08,North,Widget,9,2.55
2024-01-09,West,Gadget,4,9.75
2024-01-10,South,Doohickey,2,95.00
2024-01-11,East,Widget,15,2.40
2024-01-12,North,Doohickey,bad,99.99
"""

def parse_rows(text):
    reader = csv.DictReader(io.StringIO(text))
    good, bad = [], []
    for lineno, row in enumerate(reader, start=2):
        try:
            row["units"] = int(row["units"])
            row["unit_price"] = float(row["unit_price"])
        except ValueError as exc:
            bad.append((lineno, str(exc)))
            continue
        row["revenue"] = round(row["units"] * row["unit_price"], 2)
        good.append(row)
    return good, bad

rows, errors = parse_rows(RAW)
print(f"Parsed {len(rows)} rows, {len(errors)} rejected")
for lineno, msg in errors:
    print(f"  line {lineno}: {msg}")

by_region = defaultdict(list)
by_product = defaultdict(lambda: {"units": 0, "revenue": 0.0})
for r in rows:
    by_region[r["region"]].append(r["revenue"])
    by_product[r["product"]]["units"] += r["units"]
    by_product[r["product"]]["revenue"] += r["revenue"]

print()
print(f"{'Region':<8}{'Orders':>7}{'Total':>10}{'Mean':>9}{'Median':>9}")
print("-" * 43)
for region in sorted(by_region):
    vals = by_region[region]
    print(f"{region:<8}{len(vals):>7}{sum(vals):>10.2f}{statistics.mean(vals):>9.2f}{statistics.median(vals):>9.2f}")

print()
print("Products by revenue:")
ranked = sorted(by_product.items(), key=lambda kv: kv[1]["revenue"], reverse=True)
for rank, (name, agg) in enumerate(ranked, 1):
    share = agg["revenue"] / sum(a["revenue"] for _, a in ranked)
    print(f"{rank}. {name:<10} units={agg['units']:<4} revenue=${agg['revenue']:,.2f} ({share:.1%})")

all_rev = [r["revenue"] for r in rows]
print()
print("stdev:", round(statistics.stdev(all_rev), 4))
print("pstdev:", round(statistics.pstdev(all_rev), 4))
print("quantiles:", [round(q, 2) for q in statistics.quantiles(all_rev, n=4)])
best = max(rows, key=lambda r: r["revenue"])
print("best order:", best["date"], best["region"], best["product"], best["revenue"])

out = io.StringIO()
w = csv.writer(out, lineterminator="\n")
w.writerow(["region", "total"])
for region in sorted(by_region):
    w.writerow([region, f"{sum(by_region[region]):.2f}"])
print(out.getvalue(), end="")
