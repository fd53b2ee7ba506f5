# Packages: __init__ modules, submodules, relative imports (`.`, `..`), submodules bound as
# attributes of their package, `import a.b.c` binding `a`, `import a.b as x`.
import _shop
print(_shop.VERSION, _shop.price_of("pear"), sorted(_shop.PRICES))
cart = _shop.new_cart().add("apple", 2).add("pear")
print(cart.total(), cart.lines())

import _shop._catalog.items
print(_shop._catalog.items.describe("apple"))
import _shop.cart as c
print(c.Cart is type(cart), c is _shop.cart, c.__name__)
from _shop import prices, cart as cart_mod
print(prices.PRICES is _shop.PRICES, cart_mod is c)
from _shop._catalog import items
print(items is _shop._catalog.items, items.__name__)

try:
    _shop.price_of("plum")
except LookupError as e:
    print(type(e).__name__, e, e.__cause__, e.__suppress_context__)

# Modules are shared: a change through one name is visible through all.
_shop.prices.PRICES["plum"] = 7
print(prices.price_of("plum"), cart.add("plum").total())
print(sorted(n for n in vars(_shop) if not n.startswith("__")))
