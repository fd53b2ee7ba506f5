"""Dataclass creation: building, comparing, sorting and replacing many small frozen and
ordered dataclass records."""

from dataclasses import dataclass, field, replace


@dataclass(order=True)
class Version:
    major: int
    minor: int
    patch: int = 0


@dataclass(frozen=True)
class Point:
    x: float
    y: float

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)


@dataclass
class Order:
    id: int
    items: list = field(default_factory=list)
    total: float = 0.0

    def add(self, price):
        self.items.append(price)
        self.total += price


def run(n):
    versions = [Version(i % 5, (i * 7) % 11, (i * 13) % 17) for i in range(n)]
    versions.sort()
    newest = max(versions)
    same = sum(1 for v in versions if v == Version(2, 3, 4))
    p = Point(0.0, 0.0)
    for i in range(n):
        p = p.moved(0.5, -0.25)
    bumped = [replace(v, patch=v.patch + 1) for v in versions[:1000]]
    orders = []
    for i in range(n // 4):
        o = Order(i)
        for k in range(i % 5):
            o.add(k * 1.5)
        orders.append(o)
    return newest, same, p, bumped[-1], round(sum(o.total for o in orders), 2)


print(run(200000))
