# `from __future__ import annotations`, imports inside functions and conditionally, the
# try/except ImportError fallback idiom.
from __future__ import annotations

try:
    import _fast_impl as impl
except ImportError:
    import _shapes as impl
print(impl.__name__)


def area_of(kind: str, size: float) -> float:
    from _shapes import Circle, Square
    cls = Circle if kind == "circle" else Square
    return round(cls(size).area(), 3)


print(area_of("circle", 2), area_of("square", 3))

if area_of("square", 1) > 0:
    import _shop.prices as p
    print(p.price_of("apple"))


class Holder:
    import _shapes as mod
    unit = mod.UNIT


print(Holder.unit, Holder.mod.__name__)
