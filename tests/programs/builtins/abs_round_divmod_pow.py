# abs, round, divmod, pow on ints, floats, bools, big ints.
print(abs(-5), abs(5), abs(-2.5), abs(True), abs(-2**70), abs(-0.0))
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(0.375, 2), round(12.345, 1), round(7), round(7, -1), round(-0.5))
print(round(123.456, -1), round(123.456, -2), round(1e20 + 1.5), round(2**70 + 0.0), round(5, 2), type(round(5.0, 1)).__name__)
print(divmod(7, 3), divmod(-7, 3), divmod(7, -3), divmod(7.5, 2), divmod(-7.5, 2), divmod(2**70, 3**20))
print(pow(2, 10), pow(2, -2), pow(2.0, 3), pow(-8, 1 / 3) if False else pow(-8, 3), pow(7, 0), pow(0, 0), pow(5, 117, 19), pow(3, -1, 7))
