# BaseExceptionGroup.__new__ checks, in CPython's order and words.
cases = [
    ("a",),
    ("a", [ValueError()], 3),
    (1, [ValueError()]),
    ("a", 1),
    ("a", None),
    ("a", {ValueError()}),
    ("a", {"k": ValueError()}),
    ("a", []),
    ("a", ()),
    ("a", [1]),
    ("a", [ValueError(), "x"]),
    ("a", "xy"),
    ("a", [ValueError]),
]
for args in cases:
    for cls in (ExceptionGroup, BaseExceptionGroup):
        try:
            g = cls(*args)
            print(cls.__name__, "ok", repr(g))
        except Exception as e:
            print(cls.__name__, type(e).__name__, e)

for cls in (ExceptionGroup, BaseExceptionGroup):
    try:
        cls("a", [ValueError()], extra=1)
    except TypeError as e:
        print("TypeError:", e)

try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)
try:
    ExceptionGroup("x", [ValueError(), SystemExit(2)])
except TypeError as e:
    print("TypeError:", e)

# BaseExceptionGroup picks ExceptionGroup when it can.
for excs in ([ValueError()], [KeyboardInterrupt()], [ValueError(), GeneratorExit()],
             [ExceptionGroup("inner", [TypeError()])],
             [BaseExceptionGroup("inner", [KeyboardInterrupt()])]):
    g = BaseExceptionGroup("m", excs)
    print(type(g).__name__, isinstance(g, Exception), isinstance(g, BaseExceptionGroup))

print(ExceptionGroup.__mro__)
print(BaseExceptionGroup.__mro__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))

# The sequence is copied into a tuple; args keep what was passed.
excs = [ValueError(1), TypeError(2)]
g = ExceptionGroup("msg", excs)
excs.append(KeyError(3))
print(g.args, g.exceptions, len(g.exceptions), g.message)
print(type(g.args[1]).__name__, type(g.exceptions).__name__)
print(str(g), repr(g))
print(str(ExceptionGroup("", [ValueError()])), repr(ExceptionGroup("", (ValueError(),))))
print(str(ExceptionGroup("one", range(0) or [OSError()])))
for attr in ("message", "exceptions"):
    try:
        setattr(g, attr, "x")
    except AttributeError as e:
        print("AttributeError:", e)
g.custom = 5
print(g.custom)


class Tree(ExceptionGroup):
    pass


class Forest(BaseExceptionGroup):
    pass


t = Tree("t", [ValueError()])
print(type(t).__name__, t, repr(t))
try:
    Tree("t", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)
f = Forest("f", [KeyboardInterrupt()])
print(type(f).__name__, isinstance(f, Exception))
f2 = Forest("f", [ValueError()])
print(type(f2).__name__, isinstance(f2, Exception))
