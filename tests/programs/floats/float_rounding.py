# round() with and without ndigits: banker's rounding and the binary representation.
for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 1e16 + 0.5]:
    print(x, round(x), type(round(x)).__name__)
for x, n in [(2.675, 2), (1.005, 2), (0.125, 2), (0.375, 2), (2.5, 0), (3.14159, 3), (-3.14159, 1),
             (1234.5678, -2), (1e20, -19), (5.5, None), (0.1, 20), (1.23456789e-5, 7), (123.456, -1)]:
    print(x, n, round(x, n))
print(round(15, -1), round(25, -1), round(35, -1), round(-25, -1), round(2**70 + 5, -1))
print(round(0.0, 2), round(-0.001, 2), round(1e300, -300))
