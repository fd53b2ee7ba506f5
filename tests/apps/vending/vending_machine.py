"""A vending machine as an explicit state machine with coins, products and refunds."""
from enum import Enum, auto
from dataclasses import dataclass
from collections import Counter


class S(Enum):
    IDLE = auto()
    HAS_MONEY = auto()
    DISPENSING = auto()
    OUT_OF_ORDER = auto()


COINS = {"nickel": 5, "dime": 10, "quarter": 25, "dollar": 100}


class VendingError(Exception):
    pass


@dataclass
class Slot:
    name: str
    price: int
    count: int


class Machine:
    def __init__(self, slots, float_coins):
        self.slots = {code: Slot(*spec) for code, spec in slots.items()}
        self.bank = Counter(float_coins)
        self.credit = 0
        self.inserted = Counter()
        self.state = S.IDLE
        self.sales = []

    def transition(self, new):
        print(f"  [{self.state.name} -> {new.name}]")
        self.state = new

    def insert(self, coin):
        if self.state is S.OUT_OF_ORDER:
            raise VendingError("machine is out of order")
        if coin not in COINS:
            raise VendingError(f"rejected coin {coin!r}")
        self.credit += COINS[coin]
        self.inserted[coin] += 1
        if self.state is S.IDLE:
            self.transition(S.HAS_MONEY)
        print(f"  credit {self.credit}c")

    def _make_change(self, amount):
        change = Counter()
        for coin, value in sorted(COINS.items(), key=lambda kv: -kv[1]):
            while amount >= value and self.bank[coin] - change[coin] > 0:
                change[coin] += 1
                amount -= value
        if amount:
            raise VendingError("cannot make exact change")
        return change

    def select(self, code):
        match self.state:
            case S.IDLE:
                raise VendingError("insert money first")
            case S.OUT_OF_ORDER:
                raise VendingError("machine is out of order")
        slot = self.slots.get(code)
        if slot is None:
            raise VendingError(f"no slot {code}")
        if slot.count == 0:
            raise VendingError(f"{slot.name} is sold out")
        if self.credit < slot.price:
            raise VendingError(f"{slot.name} costs {slot.price}c, credit is {self.credit}c")
        bank_with_inserted = self.bank + self.inserted
        saved_bank = self.bank
        self.bank = bank_with_inserted
        try:
            change = self._make_change(self.credit - slot.price)
        except VendingError:
            self.bank = saved_bank
            raise
        self.bank -= change
        self.transition(S.DISPENSING)
        slot.count -= 1
        self.sales.append((code, slot.price))
        self.credit = 0
        self.inserted = Counter()
        self.transition(S.IDLE)
        if all(s.count == 0 for s in self.slots.values()):
            self.transition(S.OUT_OF_ORDER)
        return slot.name, dict(sorted(change.items()))

    def refund(self):
        if self.state is not S.HAS_MONEY:
            return {}
        coins = dict(sorted(self.inserted.items()))
        self.credit = 0
        self.inserted = Counter()
        self.transition(S.IDLE)
        return coins


m = Machine({"A1": ("cola", 125, 2), "A2": ("chips", 65, 1), "B1": ("gum", 35, 0)}, {"quarter": 2, "dime": 1, "nickel": 0})
script = [
    ("select", "A1"), ("insert", "dollar"), ("insert", "button"), ("select", "A1"), ("insert", "quarter"),
    ("select", "A1"), ("insert", "dollar"), ("select", "B1"), ("select", "C9"), ("select", "A2"),
    ("insert", "quarter"), ("insert", "quarter"), ("refund", None), ("insert", "dollar"), ("insert", "quarter"),
    ("select", "A1"), ("insert", "dime"),
]
for action, arg in script:
    print(f"{action} {arg or ''}".strip())
    try:
        if action == "insert":
            m.insert(arg)
        elif action == "select":
            print("  got", m.select(arg))
        else:
            print("  refunded", m.refund())
    except VendingError as e:
        print("  error:", e)
print(m.state, m.sales, sum(p for _, p in m.sales), dict(sorted(m.bank.items())))
