# An uncaught group prints CPython's tree; only the last stderr line is compared, but the
# whole tree is exercised: nested groups, notes, chained members, more than 15 members.
def fail(i):
    raise ValueError(f"fail {i}")


def collect():
    errors = []
    for i in range(3):
        try:
            fail(i)
        except ValueError as e:
            e.add_note(f"while handling item {i}")
            errors.append(e)
    return errors


try:
    raise KeyError("cause")
except KeyError as k:
    chained = RuntimeError("chained")
    chained.__cause__ = k

many = ExceptionGroup("many", [IndexError(i) for i in range(17)])
nested = ExceptionGroup("nested", [TypeError("t"), many])
top = ExceptionGroup("top", collect() + [nested, chained])
top.add_note("top note\nsecond line")
print("raising")
raise top
