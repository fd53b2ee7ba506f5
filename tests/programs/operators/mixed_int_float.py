"""Arithmetic and comparisons between ints and floats: the int converts to float (rounded
to nearest, ties to even) for arithmetic, and compares exactly."""

big = 2**53
edge = [0, 1, -1, 7, big - 1, big, big + 1, 2**63 - 1, -(2**63), 10**18 + 1]
floats = [0.0, -0.0, 0.5, -2.5, 1e16, 9007199254740992.0, float("inf"), float("nan")]

for i in edge:
    row = []
    for f in floats:
        row.append((i + f, f + i, i - f, f - i, i * f, f * i))
    print(i, row)

for i in edge:
    print(i, [(i < f, f < i, i <= f, f >= i, i == f, f != i) for f in floats])

# Ints beyond 2**53 compare exactly with the float nearest to them.
print(big + 1 > float(big + 1), float(big + 1) == big, big + 1 == float(big + 1))
print(2**63 - 1 < 9.223372036854775807e18, 2**63 - 1 == 2.0**63, -(2**63) == -(2.0**63))

for i, f in [(7, 2.0), (-7, 2.0), (7, -2.0), (7, 0.5), (0, -1.5), (5, float("inf"))]:
    print(i / f, f / i, i // f, f // i, i % f, f % i)

for a, b in [(1, 0.0), (1.5, 0), (0, 0.0), (-3, -0.0)]:
    for name, op in [("/", lambda x, y: x / y), ("//", lambda x, y: x // y), ("%", lambda x, y: x % y)]:
        try:
            print(name, op(a, b))
        except ZeroDivisionError as e:
            print(name, "ZeroDivisionError:", e)

total = 0
for k in range(10):
    total += k * 0.1
    total -= k
print(total, 3 * 0.1, 0.1 * 3, 1 - 0.9, 2**62 + 0.5, 0.5 + 2**62)
print(True + 0.5, 0.5 * False, 1.0 < True)
