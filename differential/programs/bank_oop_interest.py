"""Bank accounts with inheritance, class/static methods, __repr__/__eq__, operator overloading and a monthly run."""
from datetime import date
from decimal import Decimal

class Money:
    __slots__ = ("cents", "currency")
    def __init__(self, amount, currency="USD"):
        if isinstance(amount, Money):
            amount = amount.cents / 100
        self.cents = int(round(Decimal(str(amount)) * 100))
        self.currency = currency
    @classmethod
    def from_cents(cls, cents, currency="USD"):
        m = cls(0, currency)
        m.cents = cents
        return m
    def _check(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        if other.currency != self.currency:
            raise ValueError(f"currency mismatch: {self.currency} vs {other.currency}")
        return other
    def __add__(self, other):
        o = self._check(other)
        if o is NotImplemented:
            return o
        return Money.from_cents(self.cents + o.cents, self.currency)
    def __radd__(self, other):
        if other == 0:
            return self
        return self.__add__(other)
    def __sub__(self, other):
        o = self._check(other)
        if o is NotImplemented:
            return o
        return Money.from_cents(self.cents - o.cents, self.currency)
    def __mul__(self, k):
        if isinstance(k, Money):
            return NotImplemented
        return Money.from_cents(int(round(Decimal(self.cents) * Decimal(str(k)))), self.currency)
    __rmul__ = __mul__
    def __neg__(self):
        return Money.from_cents(-self.cents, self.currency)
    def __eq__(self, other):
        return isinstance(other, Money) and (self.cents, self.currency) == (other.cents, other.currency)
    def __lt__(self, other):
        return self.cents < self._check(other).cents
    def __hash__(self):
        return hash((self.cents, self.currency))
    def __bool__(self):
        return self.cents != 0
    def __repr__(self):
        return f"Money('{self}', '{self.currency}')"
    def __str__(self):
        sign = "-" if self.cents < 0 else ""
        return f"{sign}{abs(self.cents) // 100:,}.{abs(self.cents) % 100:02d}"
    def __format__(self, spec):
        return format(f"{self!s} {self.currency}", spec)

class Account:
    count = 0
    def __init__(self, owner, balance=0):
        Account.count += 1
        self.id = f"{type(self).__name__[:3].upper()}-{Account.count:04d}"
        self.owner = owner
        self.balance = Money(balance)
        self.txns = []
    def deposit(self, amount):
        self.balance += Money(amount)
        self.txns.append(("deposit", Money(amount)))
    def withdraw(self, amount):
        amount = Money(amount)
        if amount > self.balance:
            raise ValueError(f"{self.id}: insufficient funds ({self.balance} < {amount})")
        self.balance -= amount
        self.txns.append(("withdraw", amount))
    def month_end(self):
        pass
    @staticmethod
    def validate_owner(name):
        return bool(name) and name.replace(" ", "").isalpha()
    def __repr__(self):
        return f"<{type(self).__name__} {self.id} {self.owner!r} {self.balance:>14}>"

class Savings(Account):
    rate = Decimal("0.045")
    def month_end(self):
        interest = self.balance * (self.rate / 12)
        self.balance += interest
        self.txns.append(("interest", interest))

class Checking(Account):
    fee = Money("2.50")
    overdraft = Money(100)
    def withdraw(self, amount):
        amount = Money(amount)
        if amount > self.balance + self.overdraft:
            raise ValueError(f"{self.id}: overdraft limit exceeded")
        self.balance -= amount
        self.txns.append(("withdraw", amount))
    def month_end(self):
        if self.balance < Money(500):
            self.balance -= self.fee
            self.txns.append(("fee", -self.fee))

accounts = [Savings("Ann Lee", 1000), Checking("Bob Stone", 250), Savings("Cy", "99.99"), Checking("Di", 0)]
ops = [(0, "deposit", 250.5), (1, "withdraw", 300), (1, "withdraw", 100), (2, "withdraw", 100), (3, "deposit", "0.1"),
       (3, "deposit", "0.2"), (0, "withdraw", "1250.50")]
for idx, op, amt in ops:
    try:
        getattr(accounts[idx], op)(amt)
    except ValueError as e:
        print("error:", e)
for month in range(1, 4):
    for a in accounts:
        a.month_end()
    print(f"after {date(2024, month, 1):%b}:", [str(a.balance) for a in accounts])
for a in accounts:
    print(a, len(a.txns), sum((m for k, m in a.txns if k == "interest"), Money(0)))
print(sum(a.balance for a in accounts), sorted(accounts, key=lambda a: a.balance)[0].id)
print(Money("0.1") + Money("0.2") == Money("0.3"), 3 * Money("1.10"), Money(5) * 0.333, -Money(7), bool(Money(0)))
print(f"[{Money(1234567.891):>20}]", repr(Money("12.345")), Money(1) in {Money("1.00")}, Account.validate_owner("Ann Lee"), Account.validate_owner("R2-D2"))
try:
    Money(1) + Money(1, "EUR")
except ValueError as e:
    print("ValueError:", e)
try:
    Money(1) + 1
except TypeError as e:
    print("TypeError:", e)
