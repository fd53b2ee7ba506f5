# round() to n digits uses the exact binary value; ties at .5 go to even only when exact.
cases = [0.5, 1.5, 2.5, -0.5, -1.5, 0.25, 0.75, 2.675, 1.115, 1.125, 1.135, 5e-324, 2**52 + 0.5, 4503599627370497.5]
for x in cases:
    print(repr(x), round(x), round(x, 1), round(x, 2), round(x, 3))
print([round(k / 8, 2) for k in range(-8, 9)])
print([round(k + 0.5) for k in range(-5, 6)])
print(round(123456789.987654321, 4), round(-123456789.987654321, -4), round(1e15 + 0.3, 0))
