def test(excs):
    try:
        raise ExceptionGroup("eg", excs)
    except* (TypeError, ValueError) as g:
        print("tv:", sorted(type(e).__name__ for e in g.exceptions))
    except* LookupError as g:
        print("lookup:", [type(e).__name__ for e in g.exceptions])
    except* Exception as g:
        print("rest:", [type(e).__name__ for e in g.exceptions])
test([TypeError(), KeyError(), ValueError(), ZeroDivisionError(), IndexError()])
test([OSError()])
def finally_too():
    try:
        raise ExceptionGroup("x", [ValueError(1)])
    except* ValueError:
        print("handled")
    else:
        print("else not run")
    finally:
        print("finally")
finally_too()
try:
    try:
        raise ExceptionGroup("x", [ValueError(1)])
    except* ValueError:
        pass
    print("group fully handled -> continues")
except Exception:
    print("never")
