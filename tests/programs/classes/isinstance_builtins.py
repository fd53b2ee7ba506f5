# isinstance/issubclass with builtin types and tuples of types, type() comparisons.
vals = [1, True, 1.0, "s", b"b", [], (), {}, set(), frozenset(), None, range(1), len]
for v in vals:
    print(type(v).__name__, isinstance(v, int), isinstance(v, (list, tuple)), isinstance(v, object), type(v) == int)
print(issubclass(int, object), issubclass(bool, (str, int)), issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
