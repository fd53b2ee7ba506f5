# int methods and conversions to strings in other bases.
for n in [0, 1, -1, 10, -10, 255, 2**64, -(2**64) + 3, 123456789]:
    print(n, bin(n), oct(n), hex(n), n.bit_length(), abs(n))
print((10).bit_count() if hasattr(10, "bit_count") else "n/a", (-7).bit_count(), (2**100 - 1).bit_count())
print(int.__name__, (5).__index__(), (5).real, (5).imag, (5).denominator)
print(format(255, "b"), format(255, "o"), format(255, "x"), format(255, "X"), format(-255, "#x"))
print(round(12345, -2), round(12355, -1), round(-15, -1), round(25, -1), round(5, 0))
print(divmod(100, 7), divmod(-100, 7), pow(5, 3), pow(5, 3, 13))
print(max(3, 2**70, -5), min(3, 2**70, -5), sorted([2**65, -1, 0, 2**64, -(2**65)]))
print(int.from_bytes((2**70).to_bytes(9, "big"), "big") == 2**70)
print(str(10**40).count("0"), len(str(-10**40)))
