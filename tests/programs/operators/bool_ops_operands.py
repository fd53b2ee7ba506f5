# and/or return one of their operands; not always returns a bool; short-circuiting.
def t(x):
    print("eval", repr(x))
    return x
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or [] or {}, "a" and "" and "b", None or 0)
print(t(0) and t(1))
print(t(1) or t(2))
print(t([]) or t("x") and t(0))
print(not 1, not 0, not "", not [0], not None, type(not 1).__name__)
x = [] or "fallback"
y = {"k": 1} and "both"
print(x, y)
print((1 and [2]) or 3, 0 or None or False, (0, 0) and "nonempty tuple is true")
