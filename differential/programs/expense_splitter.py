"""Split group expenses: who owes whom, minimal settlement transfers, Fraction-exact shares, report."""
from fractions import Fraction
from collections import defaultdict
from decimal import Decimal

EXPENSES = [
    ("dinner", "ana", Decimal("120.00"), ["ana", "ben", "cai", "dev"]),
    ("taxi", "ben", Decimal("35.50"), ["ben", "cai"]),
    ("hotel", "cai", Decimal("480.00"), ["ana", "ben", "cai", "dev"]),
    ("museum", "dev", Decimal("64.00"), ["ana", "dev"]),
    ("snacks", "ana", Decimal("9.99"), ["ana", "ben", "cai"]),
    ("boat", "ben", Decimal("200.00"), {"ana": 1, "ben": 1, "cai": 2, "dev": 0}),
]

balance = defaultdict(Fraction)
for what, payer, amount, split in EXPENSES:
    amt = Fraction(amount)
    weights = split if isinstance(split, dict) else {p: 1 for p in split}
    total_w = sum(weights.values())
    balance[payer] += amt
    for person, w in weights.items():
        balance[person] -= amt * w / total_w
for p in sorted(balance):
    b = balance[p]
    print(f"{p:<4} {'gets' if b > 0 else 'owes'} {abs(float(b)):>8.2f}  exact={b}")
print("sum of balances:", sum(balance.values()))

def settle(balance):
    creditors = sorted(((b, p) for p, b in balance.items() if b > 0), reverse=True)
    debtors = sorted(((-b, p) for p, b in balance.items() if b < 0), reverse=True)
    transfers = []
    i = j = 0
    creditors = [list(x) for x in creditors]
    debtors = [list(x) for x in debtors]
    while i < len(creditors) and j < len(debtors):
        amount = min(creditors[i][0], debtors[j][0])
        transfers.append((debtors[j][1], creditors[i][1], amount))
        creditors[i][0] -= amount
        debtors[j][0] -= amount
        if creditors[i][0] == 0:
            i += 1
        if debtors[j][0] == 0:
            j += 1
    return transfers

for frm, to, amt in settle(balance):
    cents = (Decimal(amt.numerator) / Decimal(amt.denominator)).quantize(Decimal("0.01"))
    print(f"{frm} -> {to}: {cents}")
per_person = defaultdict(Decimal)
for what, payer, amount, split in EXPENSES:
    per_person[payer] += amount
print(dict(sorted(per_person.items())), sum(per_person.values()))
print(Fraction(Decimal("9.99")) / 3, float(Fraction(Decimal("9.99")) / 3), round(Fraction(1, 3), 2), Decimal("10") / Decimal("3"))
