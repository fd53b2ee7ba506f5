from dataclasses import dataclass, field
@dataclass
class Cart:
    items: dict = field(default_factory=dict)
    discount: float = 0.0
    def add(self, name, price, qty=1):
        p, q = self.items.get(name, (price, 0))
        self.items[name] = (price, q + qty)
        return self
    @property
    def total(self):
        t = sum(p * q for p, q in self.items.values())
        return round(t * (1 - self.discount), 2)
    def __len__(self):
        return sum(q for _, q in self.items.values())
c = Cart().add("apple", 0.5, 4).add("pear", 0.75).add("apple", 0.5)
print(c, len(c), c.total)
c.discount = 0.1
print(c.total, bool(Cart()), bool(c))
