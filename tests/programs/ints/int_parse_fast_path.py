"""int() on strings: the short decimal fast path and everything that must avoid it."""

for s in ["0", "7", "-0", "+5", "007", "-42", "123456789012345678", "-123456789012345678",
          "9223372036854775807", "-9223372036854775808", "9223372036854775808",
          "99999999999999999999999", " 12 ", "\t-3\n", "1_000", "١٢٣", "+0", "00"]:
    v = int(s)
    print(repr(s), v, type(v).__name__)
for s in ["", "+", "-", "1 2", "1__0", "_1", "1_", "12a", "0x10", "--1", "+-1", " ", "1.5", "١٢x"]:
    try:
        print(int(s))
    except ValueError as e:
        print("ValueError:", e)
print(int("0x10", 16), int("10", 2), int("z", 36), int("0o17", 0), int("  ff  ", 16))
print(int("12", base=10), int(b"34"), int(bytearray(b"-5")), int("٣", 10))
try:
    int("0012", 0)
except ValueError as e:
    print("ValueError:", e)
