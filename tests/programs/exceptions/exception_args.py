# Exception objects: args, str/repr with 0, 1 and many args, attributes added by the user.
for e in [Exception(), Exception("one"), Exception("a", 2), ValueError(None), KeyError("k"), KeyError("a", "b"), KeyError(1), IndexError(5), OSError("x")]:
    print(repr(e), "|", str(e), "|", e.args)
e = ValueError("msg")
e.extra = 42
print(e.extra, isinstance(e, Exception), type(e).__name__)
try:
    raise ValueError
except ValueError as err:
    print(repr(err), err.args)
def thrower(cls, *args):
    raise cls(*args)
try:
    thrower(TypeError, "bad type", 3)
except TypeError as err:
    print(err, err.args[1])
print(str(KeyError("it's")), str(KeyError('"q"')), str(KeyError("")), repr(StopIteration(5)))
