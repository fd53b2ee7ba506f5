# Float literals and how CPython shows them (shortest repr that round-trips).
vals = [0.0, -0.0, 1.0, 1.5, .5, 5., 1e0, 1E3, 1e-3, 1_000.000_1, 3.14159,
        1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 0.0001, 0.00001,
        1.7976931348623157e308, 5e-324, 2.2250738585072014e-308,
        0.1, 0.2, 0.3, 1/3, 2/3, 10/3, 100.0, 1e22, 1e23, 9007199254740993.0]
for v in vals:
    print(repr(v), str(v), v)
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, 0.5 + 0.25)
print(1e308 * 10, -1e308 * 10)
print(float("inf"), float("-inf"), float("nan"))
print(float("1e500"), float("-1e500"))
print(type(1.0).__name__, 1.0 == 1, 1.0 != 1)
print(1.0e-10, 12345.6789e3, 0.000123)
print([1.0, 2.5, -0.0], (0.1,), {1.5: 2.5})
