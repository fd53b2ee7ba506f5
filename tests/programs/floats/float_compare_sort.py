# Sorting and comparing floats, including stability and negative zero.
xs = [3.5, -1.25, 0.0, 2**0.5, -0.0, 1e-9, -1e9, 7 / 3, 2.0, 2]
print(sorted(xs))
print(sorted(xs, reverse=True))
print(sorted(xs, key=abs))
print(max(xs), min(xs), xs.index(2.0), xs.count(2))
print(0.1 + 0.2 > 0.3, 0.1 + 0.2 < 0.30000000000000005, 1 / 3 == 0.3333333333333333)
print([round(x, 3) for x in xs])
