def run(label, make, *specs):
    """Raises make() in a try with one except* per spec, printing what each handler gets."""
    try:
        try:
            raise make()
        except* specs[0] as g:
            print(" ", label, "h0:", repr(g))
        except* specs[1] if len(specs) > 1 else () as g:
            print(" ", label, "h1:", repr(g))
    except BaseException as e:
        print(" ", label, "escaped:", repr(e))
    else:
        print(" ", label, "all handled")


def eg():
    return ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("n", [ValueError(3), KeyError(4)])])


run("split", eg, ValueError, TypeError)
run("lookup", eg, LookupError)
run("none", eg, OSError)
run("all", eg, Exception)
run("tuple", eg, (ValueError, KeyError), TypeError)
run("naked", lambda: ValueError("naked"), ValueError)
run("naked miss", lambda: ValueError("naked"), TypeError)
run("base", lambda: BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError()]), KeyboardInterrupt)
run("naked base", lambda: KeyboardInterrupt(), BaseException)

# Each handler runs at most once, in order; the first match wins.
def order():
    try:
        raise ExceptionGroup("o", [ValueError(1), ValueError(2), TypeError(3)])
    except* ValueError as g:
        print("first ValueError handler", [e.args[0] for e in g.exceptions])
    except* (ValueError, TypeError) as g:
        print("second handler", [e.args[0] for e in g.exceptions])
    except* Exception as g:
        print("never", g)
order()

# Unhandled parts keep the original's message and shape, same leaves, new groups.
v = ValueError("kept")
orig = ExceptionGroup("orig", [v, TypeError("handled")])
try:
    try:
        raise orig
    except* TypeError:
        pass
except ExceptionGroup as rest:
    print(repr(rest), rest is orig, rest.exceptions[0] is v)

# Bare raise re-raises the matched part as unhandled.
try:
    try:
        raise ExceptionGroup("r", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
except ExceptionGroup as e:
    print("bare raise:", repr(e))

# Raising the matched group by name is a new raise: it is grouped with the rest.
try:
    try:
        raise ExceptionGroup("r", [ValueError(1), TypeError(2)])
    except* ValueError as g:
        raise g
except ExceptionGroup as e:
    print("raise g:", repr(e))

# A new exception from a handler: alone it escapes as itself, chained to the match.
try:
    try:
        raise ExceptionGroup("g", [ValueError("a")])
    except* ValueError as g:
        raise KeyError("new")
except KeyError as e:
    print("alone:", repr(e), repr(e.__context__))

# Several raised exceptions (and the rest) are gathered in a new group "".
try:
    try:
        raise ExceptionGroup("g", [ValueError("a"), TypeError("b"), OSError("c")])
    except* ValueError:
        raise KeyError("from ValueError handler")
    except* TypeError:
        raise IndexError("from TypeError handler")
except ExceptionGroup as e:
    print("gathered:", repr(e))
    print([repr(x.__context__) for x in e.exceptions[:2]])

# raise ... from inside a handler
try:
    try:
        raise ExceptionGroup("g", [ValueError("a")])
    except* ValueError as g:
        raise RuntimeError("wrapped") from g
except RuntimeError as e:
    print("from:", repr(e), repr(e.__cause__))

# A naked exception is wrapped for the handler, and is itself re-raised when unhandled.
naked = ValueError("n")
try:
    try:
        raise naked
    except* ValueError as g:
        print("wrapped:", repr(g), g.exceptions[0] is naked)
        raise
except ExceptionGroup as e:
    print("re-raised naked:", repr(e))
try:
    try:
        raise naked
    except* TypeError:
        print("never")
except ValueError as e:
    print("naked unchanged:", e is naked)

# The handler's name is unbound afterwards.
def unbound():
    try:
        raise ExceptionGroup("u", [ValueError()])
    except* ValueError as err:
        pass
    try:
        return err
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(unbound())

# else and finally
def flow(raise_it):
    try:
        if raise_it:
            raise ExceptionGroup("f", [ValueError()])
    except* ValueError:
        print("  handler")
    else:
        print("  else")
    finally:
        print("  finally")
    return "done"
print(flow(True), flow(False))

# finally runs when the rest escapes
def escapes():
    try:
        raise ExceptionGroup("e", [ValueError(), OSError()])
    except* ValueError:
        print("  handled ValueError")
    finally:
        print("  finally before escape")
try:
    escapes()
except ExceptionGroup as e:
    print("escaped:", repr(e))

# Invalid except* types raise TypeError (with the group as context).
for spec in (ExceptionGroup, BaseExceptionGroup, (ValueError, ExceptionGroup), int, (ValueError, "x"), "ValueError"):
    try:
        try:
            raise ExceptionGroup("bad", [ValueError()])
        except* spec:
            print("never")
    except TypeError as e:
        print("TypeError:", e, "| context:", repr(e.__context__))

# Type expressions are evaluated (and checked) even after everything was handled.
def spec_of(name, value):
    print("  evaluating", name)
    return value
try:
    raise ExceptionGroup("ev", [ValueError()])
except* spec_of("first", ValueError):
    print("  handled")
except* spec_of("second", TypeError):
    print("  never")

# Nested try/except* inside a handler.
try:
    raise ExceptionGroup("outer", [ValueError("o")])
except* ValueError as outer:
    try:
        raise ExceptionGroup("inner", [TypeError("i")])
    except* TypeError as inner:
        print("nested:", repr(outer), repr(inner))

# except* in a loop and in a generator
for i in range(3):
    try:
        if i % 2:
            raise ExceptionGroup("loop", [ValueError(i)])
        raise TypeError(i)
    except* ValueError as g:
        print("loop value", i, repr(g))
    except* TypeError as g:
        print("loop type", i, repr(g))

def gen():
    for i in range(2):
        try:
            raise ExceptionGroup("gen", [KeyError(i)])
        except* KeyError as g:
            yield repr(g)
print(list(gen()))
