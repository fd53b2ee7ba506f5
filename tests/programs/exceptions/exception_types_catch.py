# Catching with tuples of classes, catching Exception vs BaseException, except order.
def raise_it(kind):
    if kind == "sys":
        raise SystemExit(5)
    if kind == "kbd":
        raise KeyboardInterrupt
    if kind == "gen":
        raise GeneratorExit
    raise {"v": ValueError, "t": TypeError, "k": KeyError}[kind]("x")
for kind in ["v", "t", "k", "sys", "kbd", "gen"]:
    try:
        raise_it(kind)
    except (ValueError, TypeError) as e:
        print(kind, "value-or-type", type(e).__name__)
    except Exception as e:
        print(kind, "exception", type(e).__name__)
    except BaseException as e:
        print(kind, "base", type(e).__name__, e.args)
errors = (KeyError, IndexError)
try:
    [][0]
except errors as e:
    print("caught via tuple variable", type(e).__name__)
