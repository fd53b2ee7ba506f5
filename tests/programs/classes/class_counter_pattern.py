# A small simulation with several cooperating classes.
class Account:
    interest = 0.02
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount
        self.history.append(("withdraw", amount))
    def add_interest(self):
        self.balance = round(self.balance * (1 + self.interest), 2)
    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"
class Savings(Account):
    interest = 0.05
class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, cls, owner, balance=0):
        acct = cls(owner, balance)
        self.accounts[owner] = acct
        return acct
    def total(self):
        return sum(a.balance for a in self.accounts.values())
bank = Bank()
a = bank.open(Account, "ann", 100)
b = bank.open(Savings, "bob", 50)
a.deposit(25)
b.withdraw(20)
for acct in bank.accounts.values():
    acct.add_interest()
print(bank.accounts, bank.total(), a.history, b.history)
for op in [lambda: a.deposit(-5), lambda: b.withdraw(1000)]:
    try:
        op()
    except ValueError as e:
        print("ValueError:", e)
