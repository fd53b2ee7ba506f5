# Comparisons between ints, floats and big ints, including exact comparisons beyond 2**53.
big = 2**53 + 1
print(big == float(big), big > float(big), float(big) < big, big - 1 == float(big - 1))
print(2**63 == 2.0**63, 2**63 + 1 > 2.0**63, 10**400 > 1e308, -10**400 < -1e308)
print(10**400 < float("inf"), -10**400 > float("-inf"), 1 < float("nan"), 1 > float("nan"), float("nan") == float("nan"))
print(0 == -0.0, 1 == 1.0000000000000002, 3 < 3.5 < 4 < 2**70)
print(sorted([3, 2.5, 2**60, 1e18, -1, -1.5, True]))
print(max(2**64, 1.8e19), min(-(2**64), -1.8e19), 2**64 > 1.8e19)
print([x < y for x, y in [(1, 2), (2, 1), (-(2**70), -(2**69)), (2**70, 2**70)]])
