"""Reconcile a bank statement against a ledger: fuzzy matching by amount/date, Decimal sums, report."""
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
import difflib
import csv, io

STATEMENT = """date,description,amount
2024-04-01,ACME CORP PAYROLL,2500.00
2024-04-02,Coffee Shop #12,-4.75
2024-04-03,RENT APRIL,-1200.00
2024-04-05,GROCERY MART,-86.13
2024-04-07,Electric Utility Co,-64.20
2024-04-09,Refund GROCERY MART,12.50
2024-04-10,Unknown transfer,-300.00
"""
LEDGER = """date,payee,amount
2024-03-31,Acme Corp,2500.00
2024-04-02,Coffee shop,-4.75
2024-04-03,Landlord (rent),-1200.00
2024-04-04,Grocery Mart,-86.13
2024-04-08,Electric utility,-64.20
2024-04-11,Gym membership,-45.00
"""

@dataclass(frozen=True)
class Txn:
    when: date
    text: str
    amount: Decimal

def load(text, text_col):
    return [Txn(date.fromisoformat(r["date"]), r[text_col], Decimal(r["amount"])) for r in csv.DictReader(io.StringIO(text))]

stmt, ledger = load(STATEMENT, "description"), load(LEDGER, "payee")
matched, unmatched_stmt = [], []
remaining = list(ledger)
for s in stmt:
    candidates = [l for l in remaining if l.amount == s.amount and abs(l.when - s.when) <= timedelta(days=3)]
    if candidates:
        best = max(candidates, key=lambda l: difflib.SequenceMatcher(None, l.text.lower(), s.text.lower()).ratio())
        ratio = difflib.SequenceMatcher(None, best.text.lower(), s.text.lower()).ratio()
        matched.append((s, best, round(ratio, 3)))
        remaining.remove(best)
    else:
        unmatched_stmt.append(s)

print("MATCHED")
for s, l, r in matched:
    print(f"  {s.when} {s.text:<22} {s.amount:>9} <-> {l.when} {l.text:<18} (days {(s.when - l.when).days:+d}, sim {r})")
print("ONLY IN STATEMENT")
for s in unmatched_stmt:
    print(f"  {s.when} {s.text:<22} {s.amount:>9}")
print("ONLY IN LEDGER")
for l in remaining:
    print(f"  {l.when} {l.text:<22} {l.amount:>9}")
sb, lb = sum(t.amount for t in stmt), sum(t.amount for t in ledger)
print(f"statement balance {sb}, ledger balance {lb}, difference {sb - lb}")
print(difflib.get_close_matches("grocery", ["Grocery Mart", "groceries", "gross", "grocer"], n=2, cutoff=0.5))
print(Txn(date(2024, 1, 1), "x", Decimal("1.0")) == Txn(date(2024, 1, 1), "x", Decimal("1.00")))
try:
    matched[0][0].amount = Decimal(0)
except Exception as e:
    print(type(e).__name__, e)
print(len({t for t in stmt}), hash(stmt[0]) == hash(Txn(stmt[0].when, stmt[0].text, stmt[0].amount)))
for line in difflib.unified_diff([t.text for t in ledger[:3]], [t.text for t in stmt[:3]], "ledger", "statement", lineterm=""):
    print(line)
