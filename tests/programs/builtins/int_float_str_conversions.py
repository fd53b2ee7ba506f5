# int(), float(), str(), bool(), repr() conversions between builtin types.
print(int("42"), int(" -7 "), int("ff", 16), int("0o17", 0), int(3.9), int(-3.9), int(True), int("1_0"))
print(float("3.5"), float(2), float(" -1e3 "), float("inf"), float(True), float("-0"))
print(str(42), str(3.0), str(1e-7), str(None), str([1, "a"]), str((1,)), str({"k": 1.5}))
print(bool(0), bool(1), bool(""), bool("False"), bool([]), bool([[]]), bool(0.0), bool(None))
print(repr(3), repr("3"), repr(3.0), repr([3, "3"]), repr(None))
print(list("abc"), tuple([1, 2]), dict([(1, 2)]), set("aab") == {"a", "b"}, frozenset([1, 1]))
print(list(), tuple(), dict(), set(), frozenset(), str(), int(), float(), bool())
