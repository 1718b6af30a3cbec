"""Write inventory snapshots as CSV files, read them back and compute a diff report."""
import csv
import os
from collections import namedtuple

Row = namedtuple("Row", "sku name qty location")

MONDAY = [Row("A-1", "bolt", 120, "bin 3"), Row("A-2", "nut", 300, "bin 3"), Row("B-7", 'washer, "wide"', 80, "bin 9"),
          Row("C-1", "gear", 5, "shelf 1"), Row("D-4", "spring", 44, "bin 2")]
FRIDAY = [Row("A-1", "bolt", 95, "bin 3"), Row("B-7", 'washer, "wide"', 80, "bin 10"), Row("C-1", "gear", 0, "shelf 1"),
          Row("D-4", "spring", 60, "bin 2"), Row("E-2", "hinge\nlarge", 12, "shelf 4")]

def write(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(Row._fields)
        w.writerows(rows)

def read(path):
    with open(path, newline="", encoding="utf-8") as f:
        r = csv.reader(f)
        header = next(r)
        assert tuple(header) == Row._fields, header
        return {row[0]: Row(row[0], row[1], int(row[2]), row[3]) for row in r}

os.makedirs("snapshots", exist_ok=True)
write("snapshots/monday.csv", MONDAY)
write("snapshots/friday.csv", FRIDAY)
with open("snapshots/friday.csv", encoding="utf-8", newline="") as f:
    print(repr(f.read()))
before, after = read("snapshots/monday.csv"), read("snapshots/friday.csv")
added = sorted(after.keys() - before.keys())
removed = sorted(before.keys() - after.keys())
changed = []
for sku in sorted(before.keys() & after.keys()):
    b, a = before[sku], after[sku]
    diffs = {f: (getattr(b, f), getattr(a, f)) for f in Row._fields if getattr(b, f) != getattr(a, f)}
    if diffs:
        changed.append((sku, diffs))
print("added:", added, "removed:", removed)
for sku, diffs in changed:
    print(f"  {sku}: " + "; ".join(f"{k} {v[0]!r} -> {v[1]!r}" for k, v in diffs.items()))
with open("snapshots/report.tsv", "w", newline="") as f:
    w = csv.writer(f, delimiter="\t", quoting=csv.QUOTE_MINIMAL)
    w.writerow(["sku", "delta"])
    for sku in sorted(before.keys() | after.keys()):
        delta = after.get(sku, Row(sku, "", 0, "")).qty - before.get(sku, Row(sku, "", 0, "")).qty
        w.writerow([sku, f"{delta:+d}"])
with open("snapshots/report.tsv") as f:
    print(f.read(), end="")
with open("snapshots/report.tsv") as f:
    rows = list(csv.DictReader(f, delimiter="\t"))
print(rows[:2], sum(int(r["delta"]) for r in rows))
out_of_stock = [r.sku for r in after.values() if r.qty == 0]
print("out of stock:", out_of_stock)
print(sorted(os.listdir("snapshots")), os.path.getsize("snapshots/monday.csv"))
with open("snapshots/quoted.csv", "w", newline="") as f:
    w = csv.writer(f, quoting=csv.QUOTE_ALL)
    w.writerow([1, "two", 3.0, None, ""])
    w = csv.writer(f, quoting=csv.QUOTE_NONNUMERIC)
    w.writerow([1, "two", 3.5, None])
print(open("snapshots/quoted.csv").read())
with open("snapshots/quoted.csv", newline="") as f:
    print(list(csv.reader(f, quoting=csv.QUOTE_NONNUMERIC))[1])
dialect = csv.Sniffer().sniff("a;b;c\n1;2;3\n")
print(dialect.delimiter, csv.Sniffer().has_header("name,age\nann,3\nbob,4\n"))
for name in sorted(os.listdir("snapshots")):
    os.remove(os.path.join("snapshots", name))
os.rmdir("snapshots")
print(os.path.exists("snapshots"))
