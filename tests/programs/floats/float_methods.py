# float methods: is_integer, as_integer_ratio, hex/fromhex, conjugate, real/imag.
for x in [0.5, 2.0, -3.75, 1e100, 0.1, 1/3]:
    print(x, x.is_integer(), x.as_integer_ratio(), x.hex(), float.fromhex(x.hex()) == x)
print(float.fromhex("0x1p-1"), float.fromhex("-0x1.fffffffffffffp+1023"), float.fromhex("0x0.0000000000001p-1022"))
print((2.5).real, (2.5).imag, (2.5).conjugate(), int(2.5), float(2.5).__trunc__())
print(math_like := 3.7 // 1, -3.7 // 1, int(-3.7), int(3.7))
