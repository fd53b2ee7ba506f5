"""A bank ledger: accounts as dataclasses, transactions, custom exceptions, statements."""
from dataclasses import dataclass, field, asdict, replace
from decimal import Decimal
from enum import Enum
import functools


class TxKind(Enum):
    DEPOSIT = "deposit"
    WITHDRAWAL = "withdrawal"
    TRANSFER_IN = "transfer-in"
    TRANSFER_OUT = "transfer-out"
    FEE = "fee"


class LedgerError(Exception):
    pass


class InsufficientFunds(LedgerError):
    def __init__(self, account, amount):
        super().__init__(f"account {account.number} has {account.balance}, cannot take {amount}")
        self.account = account
        self.amount = amount


class AccountFrozen(LedgerError):
    pass


@dataclass(frozen=True, order=True)
class Transaction:
    seq: int
    kind: TxKind = field(compare=False)
    amount: Decimal = field(compare=False)
    memo: str = field(default="", compare=False)


@dataclass
class Account:
    number: str
    owner: str
    balance: Decimal = Decimal("0.00")
    overdraft: Decimal = Decimal("0.00")
    frozen: bool = False
    transactions: list = field(default_factory=list, repr=False)

    def available(self):
        return self.balance + self.overdraft


def requires_active(method):
    @functools.wraps(method)
    def wrapper(self, account, *args, **kwargs):
        if account.frozen:
            raise AccountFrozen(f"account {account.number} is frozen")
        return method(self, account, *args, **kwargs)
    return wrapper


class Ledger:
    FEE = Decimal("1.50")

    def __init__(self):
        self.accounts = {}
        self._seq = 0

    def open(self, number, owner, deposit="0", overdraft="0"):
        if number in self.accounts:
            raise LedgerError(f"account {number} exists")
        acct = Account(number, owner, overdraft=Decimal(overdraft))
        self.accounts[number] = acct
        if Decimal(deposit) > 0:
            self.deposit(acct, deposit)
        return acct

    def _record(self, acct, kind, amount, memo=""):
        self._seq += 1
        tx = Transaction(self._seq, kind, amount, memo)
        acct.transactions.append(tx)
        return tx

    @requires_active
    def deposit(self, acct, amount, memo=""):
        amount = Decimal(amount)
        if amount <= 0:
            raise ValueError(f"invalid amount {amount}")
        acct.balance += amount
        return self._record(acct, TxKind.DEPOSIT, amount, memo)

    @requires_active
    def withdraw(self, acct, amount, memo=""):
        amount = Decimal(amount)
        total = amount + self.FEE
        if total > acct.available():
            raise InsufficientFunds(acct, total)
        acct.balance -= total
        self._record(acct, TxKind.WITHDRAWAL, amount, memo)
        return self._record(acct, TxKind.FEE, self.FEE, "withdrawal fee")

    def transfer(self, src, dst, amount):
        amount = Decimal(amount)
        for a in (src, dst):
            if a.frozen:
                raise AccountFrozen(f"account {a.number} is frozen")
        if amount > src.available():
            raise InsufficientFunds(src, amount)
        src.balance -= amount
        dst.balance += amount
        self._record(src, TxKind.TRANSFER_OUT, amount, f"to {dst.number}")
        self._record(dst, TxKind.TRANSFER_IN, amount, f"from {src.number}")

    def statement(self, acct):
        lines = [f"Statement for {acct.owner} ({acct.number})"]
        running = Decimal("0.00")
        for tx in sorted(acct.transactions):
            sign = 1 if tx.kind in (TxKind.DEPOSIT, TxKind.TRANSFER_IN) else -1
            running += sign * tx.amount
            lines.append(f"  #{tx.seq:03d} {tx.kind.value:<13}{sign * tx.amount:>10} {running:>10}  {tx.memo}")
        lines.append(f"  balance {acct.balance}")
        return "\n".join(lines)

    def total_deposits(self):
        return sum((acct.balance for acct in self.accounts.values()), Decimal("0"))


ledger = Ledger()
alice = ledger.open("A-1", "Alice", "100.00")
bob = ledger.open("B-2", "Bob", "20", overdraft="50")
carol = ledger.open("C-3", "Carol")
ledger.deposit(alice, "25.25", "salary")
ledger.withdraw(alice, "10")
ledger.transfer(alice, bob, "60.10")
attempts = [
    lambda: ledger.withdraw(carol, "5"),
    lambda: ledger.withdraw(bob, "120"),
    lambda: ledger.withdraw(bob, "10"),
    lambda: ledger.deposit(carol, "-3"),
    lambda: ledger.open("A-1", "Mallory"),
    lambda: ledger.transfer(bob, carol, "1000"),
]
for attempt in attempts:
    try:
        attempt()
        print("ok")
    except InsufficientFunds as e:
        print("InsufficientFunds:", e, "| short:", e.amount - e.account.available())
    except LedgerError as e:
        print(type(e).__name__ + ":", e)
    except ValueError as e:
        print("ValueError:", e)
ledger.withdraw(bob, "5")
carol.frozen = True
try:
    ledger.deposit(carol, "1")
except AccountFrozen as e:
    print("AccountFrozen:", e)
try:
    ledger.transfer(alice, carol, "1")
except AccountFrozen as e:
    print("AccountFrozen:", e)
for acct in ledger.accounts.values():
    print(ledger.statement(acct))
print(alice)
print(asdict(replace(carol, transactions=[])))
print("total held:", ledger.total_deposits())
print(ledger.deposit.__name__, Transaction(1, TxKind.FEE, Decimal(1)) < Transaction(2, TxKind.DEPOSIT, Decimal(0)))
