"""A package: its __init__ pulls names up from submodules with relative imports."""
print("init _shop")
from .prices import price_of, PRICES
from . import cart as _cart_module

VERSION = (1, 2)


def new_cart():
    return _cart_module.Cart()
