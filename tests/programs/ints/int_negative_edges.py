# Negative integers: floor division, modulo, shifts, and rounding toward negative infinity.
for a in [-1, -2, -7, -8, -(2**63), -(2**64) + 1, -(10**20)]:
    print(a, a // 2, a % 2, a // 3, a % 3, a >> 1, a >> 2, -a >> 1, a // -3, a % -3)
print(-1 // 10, -9 // 10, -10 // 10, -11 // 10, -1 % 10, -11 % 10, 1 // -10, 1 % -10)
print(int(-7 / 2), -7 // 2, round(-7 / 2), -(7 // 2), divmod(-1, 2**70))
print(-2**2, (-2)**2, -2**-1, (-2)**-1, (-1)**0.5 if False else abs(-1)**0.5)
