# repr(float) round-trips exactly: float(repr(x)) == x for many computed values.
vals = [i / 7 for i in range(-10, 11)] + [1 / 3 ** k for k in range(20)] + [10.0 ** k / 3 for k in range(-20, 21, 5)]
ok = all(float(repr(v)) == v for v in vals)
print(ok, len(vals))
for v in vals[::5]:
    print(repr(v), len(repr(v)))
print(repr(2 / 3), repr(0.1 * 3), repr(1 - 1e-16), repr(1 + 2**-52), repr(2**-1022), repr(123e-20))
