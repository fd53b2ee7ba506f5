# Operator precedence and associativity.
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2, 2 ** -1)
print(10 - 4 - 3, 10 - (4 - 3), 100 / 10 / 5, 2 * 3 % 4, 1 + 2 << 3, 1 | 2 ^ 3 & 4, ~1 + 1)
print(not 1 == 2, not (1 == 2) and 3, 1 or 0 and 0, (1 or 0) and 0, 3 > 2 == True, -3 // 2 * 2)
print(1 + 2 if True else 3, 5 & 3 | 8, 5 ^ 3 << 1, 6 >> 1 + 1, 7 % 4 ** 2, -(-1) ** 0.5 if False else 4 ** -0.5)
