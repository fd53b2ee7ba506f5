# int() parsing: bases, prefixes, underscores, whitespace, signs.
cases = [("42", 10), ("-42", 10), ("+7", 10), ("  12 ", 10), ("ff", 16), ("FF", 16), ("0xff", 16),
         ("0xff", 0), ("0o17", 0), ("0b101", 0), ("17", 8), ("101", 2), ("z", 36), ("Zz", 36),
         ("1_000", 10), ("0_7", 0) if False else ("0", 0), ("-0b11", 0), ("123456789012345678901234567890", 10),
         ("777", 8), ("10", 3), ("-ffffffffffffffffffff", 16)]
for s, b in cases:
    print(repr(s), b, int(s, b))
print(int(3.99), int(-3.99), int(1e20), int(-0.5), int(2**0.5 * 10**10))
print(int(True), int("٣"), int(" \t 5\n"))
print(int(), int(0), int("0"), int("-0"))
for bad in ["", "abc", "1.5", "0x", "1__0", "_1", "1_", "0b2"]:
    try:
        int(bad, 0 if bad.startswith("0") else 10)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("12", 1)
except ValueError as e:
    print(e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
try:
    int(5, 10)
except TypeError as e:
    print("TypeError:", e)
