print("init _shop.cart")
from .prices import price_of
from ._catalog.items import describe


class Cart:
    def __init__(self):
        self.items = []

    def add(self, item, n=1):
        self.items.append((item, n))
        return self

    def total(self):
        return sum(price_of(i) * n for i, n in self.items)

    def lines(self):
        return [describe(i) + f" x{n}" for i, n in self.items]
