"""Double-entry bookkeeping: journal entries that must balance, ledger accounts, trial balance, income statement."""
from decimal import Decimal
from collections import defaultdict
from datetime import date

class UnbalancedEntry(ValueError):
    pass

ACCOUNTS = {
    "1000": ("Cash", "asset"), "1100": ("Accounts receivable", "asset"), "1500": ("Equipment", "asset"),
    "2000": ("Accounts payable", "liability"), "3000": ("Owner equity", "equity"),
    "4000": ("Sales revenue", "revenue"), "5000": ("Rent expense", "expense"), "5100": ("Supplies expense", "expense"),
    "5200": ("Depreciation", "expense"),
}
NORMAL_DEBIT = {"asset", "expense"}

class Journal:
    def __init__(self):
        self.entries = []

    def post(self, when, memo, *lines):
        debits = sum(Decimal(a) for side, _, a in lines if side == "Dr")
        credits = sum(Decimal(a) for side, _, a in lines if side == "Cr")
        if debits != credits:
            raise UnbalancedEntry(f"{memo!r}: debits {debits} != credits {credits}")
        for _, acct, _ in lines:
            if acct not in ACCOUNTS:
                raise KeyError(f"unknown account {acct}")
        self.entries.append((when, memo, [(s, a, Decimal(x)) for s, a, x in lines]))

    def ledger(self):
        bal = defaultdict(Decimal)
        for _, _, lines in self.entries:
            for side, acct, amt in lines:
                bal[acct] += amt if side == "Dr" else -amt
        return bal

j = Journal()
j.post(date(2024, 1, 1), "Owner investment", ("Dr", "1000", "50000"), ("Cr", "3000", "50000"))
j.post(date(2024, 1, 3), "Buy equipment", ("Dr", "1500", "12000"), ("Cr", "1000", "4000"), ("Cr", "2000", "8000"))
j.post(date(2024, 1, 5), "Pay rent", ("Dr", "5000", "1500.00"), ("Cr", "1000", "1500.00"))
j.post(date(2024, 1, 10), "Sale on credit", ("Dr", "1100", "7300.50"), ("Cr", "4000", "7300.50"))
j.post(date(2024, 1, 15), "Cash sale", ("Dr", "1000", "2199.99"), ("Cr", "4000", "2199.99"))
j.post(date(2024, 1, 20), "Collect receivable", ("Dr", "1000", "5000"), ("Cr", "1100", "5000"))
j.post(date(2024, 1, 25), "Supplies", ("Dr", "5100", "312.45"), ("Cr", "2000", "312.45"))
j.post(date(2024, 1, 31), "Depreciation", ("Dr", "5200", "200"), ("Cr", "1500", "200"))
for bad in [(("Dr", "1000", "10"), ("Cr", "4000", "9.99")), (("Dr", "9999", "1"), ("Cr", "1000", "1"))]:
    try:
        j.post(date(2024, 2, 1), "bad entry", *bad)
    except (UnbalancedEntry, KeyError) as e:
        print(type(e).__name__, e)
bal = j.ledger()
print(f"{'Account':<24}{'Debit':>12}{'Credit':>12}")
tot_dr = tot_cr = Decimal(0)
for acct in sorted(bal):
    name, kind = ACCOUNTS[acct]
    b = bal[acct]
    dr, cr = (b, Decimal(0)) if b >= 0 else (Decimal(0), -b)
    tot_dr += dr
    tot_cr += cr
    print(f"{acct} {name:<19}{dr or '':>12}{cr or '':>12}")
print(f"{'TOTAL':<24}{tot_dr:>12}{tot_cr:>12}", "balanced" if tot_dr == tot_cr else "UNBALANCED")
revenue = -sum(b for a, b in bal.items() if ACCOUNTS[a][1] == "revenue")
expenses = sum(b for a, b in bal.items() if ACCOUNTS[a][1] == "expense")
print(f"revenue {revenue}, expenses {expenses}, net income {revenue - expenses}, margin {(revenue - expenses) / revenue:.2%}")
assets = sum(b for a, b in bal.items() if ACCOUNTS[a][1] == "asset")
liab = -sum(b for a, b in bal.items() if ACCOUNTS[a][1] == "liability")
equity = -sum(b for a, b in bal.items() if ACCOUNTS[a][1] == "equity") + revenue - expenses
print(f"assets {assets} = liabilities {liab} + equity {equity}: {assets == liab + equity}")
print(len(j.entries), j.entries[1][1], [str(x) for _, _, x in j.entries[1][2]])
