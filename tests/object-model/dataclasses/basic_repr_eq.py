from dataclasses import dataclass
@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
a = Item("pen", 1.5)
b = Item("pen", 1.5, 1)
print(a, a == b, a != Item("pen", 2.0), a == ("pen", 1.5, 1))
print(repr(Item("x", 0, qty=3)))
print(Item.__init__.__doc__ is None, Item.__hash__ is None)
try:
    Item("only name")
except TypeError as e:
    print("TypeError:", e)
try:
    Item("a", 1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
print(Item.__dataclass_fields__.keys())
