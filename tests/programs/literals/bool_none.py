# bool and None: values, reprs, arithmetic, identity, truthiness of everything.
print(True, False, None)
print(repr(True), str(False), repr(None))
print(type(True).__name__, type(None).__name__)
print(True == 1, False == 0, True is True, None is None, None == False)
print(True + 1, True * 3.5, -True, ~True, True & False, True | False, True ^ True)
print(isinstance(True, int), issubclass(bool, int))
for v in [0, 1, -1, 0.0, -0.0, 0.1, "", " ", "0", [], [0], (), ((),), {}, {0: 0}, set(), None, range(0), range(1), 0]:
    print(repr(v), bool(v), not v)
print(bool(), int(True), float(False), str(True))
print(None or "default", 0 or None, "" or 0 or [] or "last")
print(1 and 2, 0 and 2, "a" and "b" and "c", None and 1)
x = None
print(x is None, x is not None, not x)
print(hash(True), hash(False), hash(None) == hash(None))
print(True > False, sorted([True, False, True]), max(False, True), sum([True, True, True]))
print({True: "a", 1: "b"}, {0: "z", False: "y"})
