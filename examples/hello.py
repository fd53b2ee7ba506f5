"""A small tour: big ints, floats, strings, generators, classes and exceptions."""


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def squares(limit):
    n = 0
    while n * n < limit:
        yield n * n
        n += 1


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"{self.owner} cannot withdraw {amount}: balance is {self.balance}")
        self.balance -= amount
        return self.balance


print("fib(100) =", fib(100))
print("2**200 =", 2**200)
print("0.1 + 0.2 =", 0.1 + 0.2)
print("squares:", list(squares(50)))
print(f"{'café':>8}|{1234567.891:,.2f}|{255:#010b}")
acct = Account("ada", 100)
print("left:", acct.withdraw(30))
try:
    acct.withdraw(500)
except ValueError as e:
    print("error:", e)
