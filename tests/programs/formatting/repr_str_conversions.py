# !r / !s / !a conversions on containers with strings and special characters.
vals = ["plain", "quote'", 'dq"', "tab\t", "ünï", "\x00", ["a", 'b"'], ("x",), {"k": "v"}, 1.0, None]
for v in vals:
    print(f"{v!s} | {v!r} | {v!a}")
print("{!r}".format("\n"), "%r" % "\n", repr("\n"), str("\n").count("\n"))
