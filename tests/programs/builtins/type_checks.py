# type(), isinstance and issubclass across the builtin types.
for v in [0, 0.0, "", b"", [], (), {}, set(), frozenset(), None, True, range(0), slice(0)]:
    print(type(v).__name__, type(v) is type(v), isinstance(v, (int, float)), isinstance(v, (list, tuple, str)))
print(type(type(1)).__name__, type(int) is type, isinstance(int, type), isinstance(type, object))
print(issubclass(bool, int), issubclass(int, float), issubclass(list, object), issubclass(ValueError, (TypeError, Exception)))
