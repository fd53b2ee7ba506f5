# repr of builtin types and functions (addresses never appear for these).
print(repr(len), repr(print), repr(int), repr(str.upper) if False else "method", repr(ValueError))
print(str(range(3)), repr(range(1, 10, 2)), repr(slice(1, None)), repr(type(None)), repr(...), repr(NotImplemented))
print([len, abs], {"f": max})
print(type(len).__name__, type(print).__name__, len.__name__, max.__name__)
