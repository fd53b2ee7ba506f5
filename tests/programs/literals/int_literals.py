# Integer literals in every base, with underscores, and their reprs.
print(0, 00, 0_0)
print(1_000_000, 0x_ff, 0o_17, 0b_1010)
print(0xDEADBEEF, 0XdeadBEEF, 0o777, 0O10, 0b1111_0000, 0B1)
print(123456789012345678901234567890)
print(-0x8000_0000_0000_0000, 0xFFFF_FFFF_FFFF_FFFF)
print(type(5).__name__, type(10**30).__name__)
print(repr(42), str(-42))
print(1 if 0 else 2, not 0, not 7)
x = 0b1
print(x, -x, +x, ~x)
print(0x10 + 0o10 + 0b10 + 10)
big = 0x1_0000_0000_0000_0000_0000_0000_0000_0000
print(big, big - 1, -big)
print(7 .bit_length(), (255).bit_length(), (0).bit_length(), (-256).bit_length())
print(True + True, True * 10, False - 1)
print(int("1_000"), int("0x1f", 16), int("0b101", 0), int("  -12  "))
