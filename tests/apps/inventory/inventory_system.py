"""A small warehouse inventory system: products, stock movements, reports."""
from dataclasses import dataclass, field
from enum import Enum
from collections import defaultdict


class Category(Enum):
    TOOLS = "tools"
    GARDEN = "garden"
    KITCHEN = "kitchen"


class InventoryError(Exception):
    """Base class for inventory problems."""


class OutOfStock(InventoryError):
    def __init__(self, sku, wanted, available):
        super().__init__(f"{sku}: wanted {wanted}, only {available} left")
        self.sku = sku
        self.wanted = wanted
        self.available = available


class UnknownProduct(InventoryError, KeyError):
    pass


@dataclass(frozen=True)
class Product:
    sku: str
    name: str
    price_cents: int
    category: Category

    @property
    def price(self):
        return f"${self.price_cents // 100}.{self.price_cents % 100:02d}"


@dataclass
class Movement:
    sku: str
    delta: int
    reason: str


@dataclass
class Warehouse:
    name: str
    products: dict = field(default_factory=dict)
    stock: dict = field(default_factory=lambda: defaultdict(int))
    history: list = field(default_factory=list)
    low_stock_threshold: int = 3

    def add_product(self, product, quantity=0):
        if product.sku in self.products:
            raise InventoryError(f"duplicate sku {product.sku}")
        self.products[product.sku] = product
        if quantity:
            self.receive(product.sku, quantity)

    def _product(self, sku):
        try:
            return self.products[sku]
        except KeyError:
            raise UnknownProduct(sku) from None

    def receive(self, sku, quantity):
        self._product(sku)
        if quantity <= 0:
            raise ValueError("quantity must be positive")
        self.stock[sku] += quantity
        self.history.append(Movement(sku, quantity, "receive"))

    def ship(self, sku, quantity):
        self._product(sku)
        available = self.stock[sku]
        if quantity > available:
            raise OutOfStock(sku, quantity, available)
        self.stock[sku] -= quantity
        self.history.append(Movement(sku, -quantity, "ship"))
        return self.products[sku].price_cents * quantity

    def value(self):
        return sum(self.products[s].price_cents * q for s, q in self.stock.items())

    def low_stock(self):
        return sorted(s for s, q in self.stock.items() if q <= self.low_stock_threshold)

    def by_category(self):
        out = defaultdict(list)
        for p in self.products.values():
            out[p.category].append(p.name)
        return {c.value: sorted(names) for c, names in sorted(out.items(), key=lambda kv: kv[0].value)}

    def __len__(self):
        return len(self.products)

    def __contains__(self, sku):
        return sku in self.products

    def __iter__(self):
        for sku in sorted(self.products):
            yield self.products[sku], self.stock[sku]


def cents(amount):
    return f"${amount // 100}.{amount % 100:02d}"


def main():
    wh = Warehouse("Main")
    catalog = [
        (Product("H-100", "Hammer", 1299, Category.TOOLS), 10),
        (Product("S-200", "Screwdriver set", 2450, Category.TOOLS), 4),
        (Product("G-300", "Garden hose", 3199, Category.GARDEN), 2),
        (Product("K-400", "Chef knife", 5999, Category.KITCHEN), 6),
        (Product("K-401", "Cutting board", 1550, Category.KITCHEN), 0),
    ]
    for product, qty in catalog:
        wh.add_product(product, qty)
    print(f"{wh.name}: {len(wh)} products, value {cents(wh.value())}")
    print("low stock:", wh.low_stock())
    orders = [("H-100", 3), ("G-300", 5), ("K-400", 6), ("X-999", 1), ("K-401", 1), ("S-200", 4)]
    revenue = 0
    for sku, qty in orders:
        try:
            revenue += wh.ship(sku, qty)
            print(f"shipped {qty} x {sku}")
        except OutOfStock as e:
            print("out of stock:", e, f"(short by {e.wanted - e.available})")
        except UnknownProduct as e:
            print("unknown product:", e, isinstance(e, KeyError))
    print("revenue:", cents(revenue))
    try:
        wh.receive("H-100", 0)
    except ValueError as e:
        print("error:", e)
    try:
        wh.add_product(Product("H-100", "Other hammer", 1, Category.TOOLS))
    except InventoryError as e:
        print("error:", e)
    wh.receive("K-401", 12)
    print("after restock value:", cents(wh.value()))
    print("by category:", wh.by_category())
    print("low stock:", wh.low_stock())
    for product, qty in wh:
        print(f"  {product.sku:<6} {product.name:<16} {product.price:>7} x{qty:>3}")
    moves = defaultdict(int)
    for m in wh.history:
        moves[m.reason] += abs(m.delta)
    print("movements:", dict(moves), len(wh.history))
    print("H-100" in wh, "Z" in wh, Product("A", "a", 1, Category.TOOLS) == Product("A", "a", 1, Category.TOOLS))


main()
