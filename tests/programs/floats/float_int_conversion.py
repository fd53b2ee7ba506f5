# Converting between floats and (big) ints exactly.
for f in [0.0, 0.9, -0.9, 1e15 + 0.5, 2.0**63, -2.0**63, 2.0**64, 1e20, 1e300, 123.999]:
    print(f, int(f), float(int(f)) == f if abs(f) < 1e16 else "big")
print(int(1e300) % 10**9, len(str(int(1e300))))
for n in [2**53, 2**53 + 1, 2**53 + 2, 2**64 + 1, 10**22, 10**23, -(2**63) - 1]:
    print(n, float(n), int(float(n)) - n)
print(7 // 2.0, type(7 // 2.0).__name__, int(7 / 2), round(7 / 2))
