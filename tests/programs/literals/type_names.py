# type() of literals and their __name__ / repr of type objects.
for v in [1, 1.0, "s", b"b", [], (), {}, set(), frozenset(), None, True, range(1), slice(1), len, print]:
    print(type(v).__name__, type(v))
print(type(type), type(int), int, float, str, bool, list, tuple, dict, set, frozenset, range, bytes, object)
print(type(None), type(Ellipsis), Ellipsis, ...)
print(int.__name__, str.__name__, type(1) is int, type(True) is bool, type(True) is int)
print(isinstance(1, (str, int)), isinstance("x", (list, tuple)))
print(ValueError, KeyError, Exception, BaseException)
