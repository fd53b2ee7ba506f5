# Import failures: missing modules and names, a module whose body raises (not kept, so a
# second import runs it again), relative imports outside a package, then an uncaught error
# raised inside an imported module's function.
try:
    import _no_such_module
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, isinstance(e, ImportError))
try:
    import _shapes_missing.sub
except ImportError as e:
    print(type(e).__name__, e)
try:
    from _shapes import nothing_here
except ImportError as e:
    msg = str(e)
    print(type(e).__name__ + ":", msg[: msg.index(" (")])
for attempt in range(2):
    try:
        import _explodes
    except ZeroDivisionError as e:
        print("attempt", attempt, "ZeroDivisionError:", e)
try:
    from . import _shapes
except ImportError as e:
    print("ImportError:", e)
try:
    from .. import anything
except ImportError as e:
    print("ImportError:", e)
try:
    import _shop.nope
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)


def lookup():
    import _explodes
    return _explodes


try:
    lookup()
except ZeroDivisionError:
    print("still failing inside a function")
import _pkg_with_error
