# Errors raised by bad format specs and format() calls.
tests = [
    lambda: format(1, "s"),
    lambda: format("s", "d"),
    lambda: format(1.5, "d"),
    lambda: format(1, "z"),
    lambda: format("x", "+"),
    lambda: format("x", ","),
    lambda: format(1, ",_"),
    lambda: format(-1, "c"),
    lambda: format([], "x"),
    lambda: "{}".format(),
    lambda: "{0} {}".format(1, 2),
    lambda: "{x}".format(y=1),
    lambda: "{".format(),
    lambda: "}".format(),
    lambda: "{0[5]}".format([1]),
    lambda: "{:d}".format("s"),
    lambda: f"{1:=^x}",
]
for t in tests:
    try:
        print(t())
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
