# hash() of ints, floats, bools, tuples, None and strings (PYTHONHASHSEED=0).
for v in [0, 1, -1, -2, 2**61 - 2, 2**61 - 1, 2**61, 2**64, -(2**64), 10**30, 1.0, 1.5, -1.5, 0.1, 1e300, float("inf"), True, ()]:
    print(repr(v), hash(v))
print(hash((1, 2)), hash((1, (2, 3))), hash(("a",)), hash(""), hash("abc"), hash(b"abc"), hash(frozenset()))
print(hash(1) == hash(1.0) == hash(True), hash(-1) == hash(-2))
