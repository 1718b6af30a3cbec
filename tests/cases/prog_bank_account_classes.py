class InsufficientFunds(Exception):
    def __init__(self, need, have):
        super().__init__(f'need {need}, have {have}')
        self.need, self.have = need, have
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.owner, self._balance = owner, balance
        self.id = Account._next_id; Account._next_id += 1
        self.history = []
    @property
    def balance(self): return self._balance
    def deposit(self, amt):
        if amt <= 0: raise ValueError('deposit must be positive')
        self._balance += amt; self.history.append(('dep', amt)); return self
    def withdraw(self, amt):
        if amt > self._balance: raise InsufficientFunds(amt, self._balance)
        self._balance -= amt; self.history.append(('wd', amt)); return self
    def __repr__(self): return f'Account#{self.id}({self.owner!r}, {self._balance})'
    def __eq__(self, o): return isinstance(o, Account) and self.id == o.id
    __hash__ = object.__hash__
class Savings(Account):
    rate = 0.05
    def add_interest(self): return self.deposit(round(self.balance * self.rate, 2))
a = Account('ann').deposit(100).withdraw(30)
s = Savings('bob', 1000).add_interest()
print(a, s, a.history, s.history, a == a, a != s)
for op in [lambda: a.withdraw(500), lambda: a.deposit(-1), lambda: setattr(a, 'balance', 5)]:
    try:
        op()
    except (InsufficientFunds, ValueError, AttributeError) as e:
        print(type(e).__name__, e, getattr(e, 'need', ''))
print(sorted([s, a], key=lambda x: x.balance), {a: 1}[a])
