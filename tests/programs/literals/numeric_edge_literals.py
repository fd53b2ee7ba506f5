# Numeric literals at the edges: leading zeros in floats, exponents with signs, huge exponents.
print(00.5, 0e0, 0E-0, 1e+3, 1e-0, 1_0e1_0, 0.0e100, 1e-323, 1e-324, 1e309, -1e309)
print(1_2.3_4, 0x_F, 0o_7, 0b_1, 10)
print(0.1e1, 1.e1, .1e1, 100e-2, 12_345e-3)
print(0xFFFFFFFFFFFFFFFFFFFFFFFF, 0o7777777777777777777777777, 0b1111111111111111111111111111111111111111111111111111111111111111111)
print(type(1e3).__name__, type(1000).__name__, 1e3 == 1000, 1e3 != 0)
