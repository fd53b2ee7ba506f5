from dataclasses import dataclass, field
@dataclass
class Inventory:
    owner: str
    items: list = field(default_factory=list)
    tags: dict = field(default_factory=dict)
    count: int = field(default=0, repr=False)
    secret: str = field(default="s", compare=False)
a = Inventory("ann"); b = Inventory("bob")
a.items.append("apple")
print(a, b, a.items is b.items)
print(Inventory("x", secret="1") == Inventory("x", secret="2"))
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Order:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
