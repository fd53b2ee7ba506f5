def leaves(g):
    if g is None:
        return None
    if isinstance(g, BaseExceptionGroup):
        return [g.message, [leaves(e) for e in g.exceptions]]
    return repr(g)


v1, v2, t1, k1 = ValueError(1), ValueError(2), TypeError("t"), KeyError("k")
inner = ExceptionGroup("inner", [t1, v2])
eg = ExceptionGroup("outer", [v1, inner, k1])

for matcher in (ValueError, TypeError, KeyError, LookupError, Exception, OSError,
                (TypeError, KeyError), (), ExceptionGroup, BaseExceptionGroup):
    m, r = eg.split(matcher)
    print("split", matcher, leaves(m), leaves(r))
    print("subgroup", leaves(eg.subgroup(matcher)))

# The same leaf objects; groups rebuilt.
m, r = eg.split(ValueError)
print(m.exceptions[0] is v1, m.exceptions[1].exceptions[0] is v2, m is eg, m.exceptions[1] is inner)
print(eg.split(Exception)[0] is eg, eg.subgroup(Exception) is eg)
print(eg.split(ExceptionGroup)[0] is eg)
print(eg.subgroup(lambda e: e is inner) is inner)

# Predicates see every group and leaf, outermost first.
seen = []
def record(e):
    seen.append(type(e).__name__ if not isinstance(e, BaseExceptionGroup) else e.message)
    return False
print(eg.split(record))
print(seen)
print(leaves(eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] > 1)))
print(leaves(eg.split(lambda e: "t" in str(e))[0]))

for bad in (1, "ValueError", [ValueError], (ValueError, 1), int, (int,), None):
    try:
        eg.split(bad)
    except TypeError as e:
        print("split", repr(bad), "TypeError:", e)
    try:
        eg.subgroup(bad)
    except TypeError as e:
        print("subgroup", repr(bad), "TypeError:", e)

def boom(e):
    raise RuntimeError("predicate failed")
try:
    eg.split(boom)
except RuntimeError as e:
    print("RuntimeError:", e)

# Metadata travels to the parts: cause, context, notes (a copy).
eg2 = ExceptionGroup("meta", [ValueError("a"), TypeError("b")])
eg2.__cause__ = KeyError("cause")
eg2.add_note("shared note")
m, r = eg2.split(ValueError)
print(repr(m.__cause__), repr(r.__cause__), m.__suppress_context__)
print(m.__notes__, r.__notes__, m.__notes__ is eg2.__notes__)
m.add_note("only m")
print(eg2.__notes__, m.__notes__)

# derive: the default keeps the message and builds a plain group.
d = eg2.derive([OSError()])
print(type(d).__name__, d.message, d.exceptions, hasattr(d, "__notes__"), d.__cause__)
print(type(eg2.derive([KeyboardInterrupt()])).__name__)
try:
    eg2.derive([])
except ValueError as e:
    print("ValueError:", e)


class Tagged(ExceptionGroup):
    def derive(self, excs):
        return Tagged(self.message + "+", excs)


tg = Tagged("tag", [ValueError(1), ExceptionGroup("plain", [TypeError(2)]), KeyError(3)])
m, r = tg.split(KeyError)
print(type(m).__name__, m.message, type(r).__name__, r.message, type(r.exceptions[1]).__name__)


class NoDerive(ExceptionGroup):
    pass


nd = NoDerive("nd", [ValueError(1), TypeError(2)])
m, r = nd.split(ValueError)
print(type(m).__name__, type(r).__name__)


class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 42


try:
    BadDerive("b", [ValueError(), TypeError()]).split(ValueError)
except TypeError as e:
    print("TypeError:", e)
