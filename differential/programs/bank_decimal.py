"""A small bank ledger using Decimal money arithmetic and custom exceptions."""
from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, getcontext, InvalidOperation

CENT = Decimal("0.01")

class BankError(Exception):
    pass

class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        self.account = account
        self.amount = amount
        super().__init__(f"account {account.number} cannot cover {amount}")

class FrozenAccount(BankError):
    pass

class Account:
    _next = 1000

    def __init__(self, owner, opening="0"):
        Account._next += 1
        self.number = Account._next
        self.owner = owner
        self.balance = Decimal(opening).quantize(CENT)
        self.frozen = False
        self.history = []

    def _record(self, kind, amount):
        self.history.append((kind, amount, self.balance))

    def deposit(self, amount):
        amount = Decimal(amount).quantize(CENT, rounding=ROUND_HALF_UP)
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self._record("dep", amount)

    def withdraw(self, amount):
        if self.frozen:
            raise FrozenAccount(f"{self.number} is frozen")
        amount = Decimal(amount).quantize(CENT, rounding=ROUND_HALF_UP)
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self._record("wd", amount)

    def apply_interest(self, annual_rate, days):
        rate = Decimal(annual_rate) / 100
        interest = (self.balance * rate * days / 365).quantize(CENT, rounding=ROUND_HALF_EVEN)
        self.balance += interest
        self._record("int", interest)
        return interest

    def __repr__(self):
        return f"Account({self.number}, {self.owner!r}, {self.balance})"

def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except BankError as e:
        print(f"transfer failed: {type(e).__name__}: {e}")
        return False
    dst.deposit(amount)
    return True

a = Account("Ada", "150.005")
b = Account("Grace", "20")
print(a, b)
a.deposit("0.105")
a.deposit(Decimal("19.994"))
print(transfer(a, b, "75.50"))
print(transfer(b, a, "1000"))
b.frozen = True
print(transfer(b, a, "1"))
print("interest:", a.apply_interest("4.25", 31), a.balance)
for kind, amt, bal in a.history:
    print(f"  {kind:<4}{amt:>10}{bal:>10}")

try:
    a.deposit("-5")
except ValueError as e:
    print("ValueError:", e)
try:
    Decimal("abc")
except InvalidOperation as e:
    print("InvalidOperation raised:", type(e).__name__)

print(Decimal("1.10") + Decimal("2.205"), Decimal("10") / Decimal("3"))
print(Decimal("2.675").quantize(CENT), Decimal("2.665").quantize(CENT, rounding=ROUND_HALF_UP))
print(sum([Decimal("0.1")] * 10), sum([0.1] * 10))
print(Decimal(0.1))
print(Decimal("1.23E+5"), Decimal("123000").normalize(), Decimal("-0.00"), Decimal("5").sqrt())
getcontext().prec = 6
print(Decimal(1) / Decimal(7), Decimal("3.14159265") * 2)
print(f"{Decimal('1234567.891'):,.2f}", f"{Decimal('0.5'):.0%}", f"{Decimal('42'):>8}|")
print(sorted([Decimal("1.5"), Decimal("-2"), Decimal("1.50"), Decimal("0")]))
print(Decimal("7").as_tuple(), Decimal("-1.25").as_tuple(), int(Decimal("9.99")), float(Decimal("0.25")))
