"""Payroll report: dataclasses with computed fields, Decimal tax brackets, grouping and a summary table."""
from dataclasses import dataclass, field
from decimal import Decimal, ROUND_HALF_UP
from collections import defaultdict
from datetime import date
import json

BRACKETS = [(Decimal("10000"), Decimal("0.10")), (Decimal("40000"), Decimal("0.20")),
            (Decimal("90000"), Decimal("0.30")), (None, Decimal("0.40"))]

def tax(income: Decimal) -> Decimal:
    owed, lower = Decimal(0), Decimal(0)
    for upper, rate in BRACKETS:
        if upper is None or income <= upper:
            owed += (income - lower) * rate
            break
        owed += (upper - lower) * rate
        lower = upper
    return owed.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)

@dataclass
class Employee:
    emp_id: int
    name: str
    dept: str
    salary: Decimal
    hired: date
    bonus_pct: Decimal = Decimal("0")
    gross: Decimal = field(init=False)

    def __post_init__(self):
        self.gross = (self.salary * (1 + self.bonus_pct / 100)).quantize(Decimal("0.01"))

    def tenure(self, on: date) -> int:
        return on.year - self.hired.year - ((on.month, on.day) < (self.hired.month, self.hired.day))

RAW = """[
 {"emp_id": 7, "name": "Ada Lovelace", "dept": "R&D", "salary": "98000", "hired": "2015-03-01", "bonus_pct": "12.5"},
 {"emp_id": 3, "name": "Alan Turing", "dept": "R&D", "salary": "105000.50", "hired": "2012-06-23", "bonus_pct": "10"},
 {"emp_id": 12, "name": "Grace Hopper", "dept": "Ops", "salary": "87000", "hired": "2019-12-09"},
 {"emp_id": 5, "name": "Edsger Dijkstra", "dept": "Ops", "salary": "39999.99", "hired": "2021-05-11", "bonus_pct": "3"},
 {"emp_id": 9, "name": "Barbara Liskov", "dept": "Sales", "salary": "9500", "hired": "2023-01-15"}
]"""

emps = []
for rec in json.loads(RAW, parse_float=Decimal):
    emps.append(Employee(rec["emp_id"], rec["name"], rec["dept"], Decimal(rec["salary"]),
                         date.fromisoformat(rec["hired"]), Decimal(rec.get("bonus_pct", "0"))))

today = date(2024, 6, 30)
print(f"{'ID':>3} {'Name':<16} {'Dept':<6} {'Gross':>12} {'Tax':>11} {'Net':>12} {'Yrs':>3}")
print("=" * 68)
by_dept = defaultdict(list)
for e in sorted(emps, key=lambda e: (e.dept, -e.gross)):
    t = tax(e.gross)
    by_dept[e.dept].append((e, t))
    print(f"{e.emp_id:>3} {e.name:<16} {e.dept:<6} {e.gross:>12,} {t:>11,} {e.gross - t:>12,.2f} {e.tenure(today):>3}")
print("=" * 68)
for dept, rows in by_dept.items():
    g = sum(e.gross for e, _ in rows)
    t = sum(t for _, t in rows)
    rate = (t / g * 100).quantize(Decimal("0.1"))
    print(f"{dept:<6} headcount={len(rows)} gross={g:,} tax={t:,} effective={rate}%")
total = sum(e.gross for e in emps)
print("total payroll:", total, "| mean:", (total / len(emps)).quantize(Decimal("0.01")))
print([str(tax(Decimal(x))) for x in ("0", "10000", "10000.01", "40000", "65000", "250000")])
longest = max(emps, key=lambda e: e.tenure(today))
print("longest tenure:", longest.name, longest.tenure(today), "years since", longest.hired.strftime("%B %Y"))
print(emps[0])
out = json.dumps([{"id": e.emp_id, "gross": str(e.gross), "hired": e.hired.isoformat()} for e in emps], indent=1)
print(out[:120])
print(json.dumps({"d": Decimal("1.5")}, default=str), json.loads("1.10", parse_float=Decimal), json.loads("[1, 2.50]", parse_int=float))
