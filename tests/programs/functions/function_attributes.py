# Function objects: __name__, __doc__, __defaults__, custom attributes, identity.
def documented(x, y=5, *, z=6):
    """Adds things."""
    return x + y + z
print(documented.__name__, documented.__doc__, documented.__defaults__, documented.__kwdefaults__)
documented.calls = 0
documented.calls += 1
print(documented.calls, documented(1))
def outer():
    def inner():
        pass
    return inner
i1, i2 = outer(), outer()
print(i1.__name__, i1.__qualname__, i1 is i2, i1 == i2)
lam = lambda: None
print(lam.__name__, lam.__qualname__)
