"""Invoice generation with human-friendly dates (glibc strftime flags), due-date rules and aging buckets."""
from datetime import date, datetime, timedelta
from decimal import Decimal
import calendar

INVOICES = [
    ("INV-001", "Acme", date(2024, 1, 5), "net30", Decimal("1200.00")),
    ("INV-002", "Globex", date(2024, 1, 31), "eom", Decimal("560.40")),
    ("INV-003", "Initech", date(2024, 2, 9), "net15", Decimal("89.99")),
    ("INV-004", "Umbrella", date(2024, 2, 29), "net60", Decimal("15000.00")),
    ("INV-005", "Hooli", date(2024, 3, 1), "due", Decimal("42.00")),
]

def due_date(issued, terms):
    if terms == "due":
        return issued
    if terms == "eom":
        last = calendar.monthrange(issued.year, issued.month)[1]
        nxt = date(issued.year, issued.month, last) + timedelta(days=1)
        return date(nxt.year, nxt.month, calendar.monthrange(nxt.year, nxt.month)[1])
    return issued + timedelta(days=int(terms[3:]))

def ordinal(n):
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"

def friendly(d):
    return d.strftime(f"%A, %B {ordinal(d.day)} %Y")

today = date(2024, 4, 10)
buckets = {"current": [], "1-30": [], "31-60": [], "61-90": [], "90+": []}
for num, client, issued, terms, amount in INVOICES:
    due = due_date(issued, terms)
    overdue = (today - due).days
    key = "current" if overdue <= 0 else "1-30" if overdue <= 30 else "31-60" if overdue <= 60 else "61-90" if overdue <= 90 else "90+"
    buckets[key].append(amount)
    print(f"{num} {client:<9} issued {issued:%-d %b %Y} ({issued:%a}) due {due:%-m/%-d/%y} -> {friendly(due)}; overdue {max(0, overdue)} days [{key}]")
print({k: str(sum(v, Decimal(0))) for k, v in buckets.items()})
stamp = datetime(2024, 4, 10, 9, 5, 3)
print(stamp.strftime("%-I:%M %p"), stamp.strftime("%-I:%M%P"), stamp.strftime("%k|%l|%_d|%0e|%^a|%^B"), stamp.strftime("%Y-%m-%dT%H:%M:%S"))
print(stamp.strftime("%-H:%M on %-d/%-m"), f"{stamp:%-d %B, %Y at %-I %p}", stamp.strftime("week %U/%W/%V, day %-j"))
for n in [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112]:
    print(ordinal(n), end=" ")
print()
months = [date(2024, m, 1).strftime("%b") for m in range(1, 13)]
print(months, [calendar.month_name[m][:3].upper() for m in (1, 6, 12)])
