class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance + self.fee

    fee = None

acct = Account("ann", 100)
