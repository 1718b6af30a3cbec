# closures versus objects holding state
def make_account(balance):
    def deposit(v):
        nonlocal balance
        balance += v
        return balance
    def withdraw(v):
        nonlocal balance
        if v > balance:
            raise ValueError('insufficient funds')
        balance -= v
        return balance
    return deposit, withdraw
dep, wd = make_account(100)
print(dep(50), wd(30))
try:
    wd(1000)
except ValueError as e:
    print('ValueError:', e)
class Account:
    def __init__(self, balance):
        self.balance = balance
    def deposit(self, v):
        self.balance += v
        return self.balance
a = Account(10)
print(a.deposit(5), a.deposit(5))
adders = {name: (lambda n: lambda x: x + n)(n) for name, n in [('one', 1), ('ten', 10)]}
print(adders['one'](5), adders['ten'](5))
