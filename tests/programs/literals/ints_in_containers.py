# Numbers of different kinds mixed in containers; equality across int/float/bool.
xs = [3, 1.5, True, -2, 0.0, 10**20, False]
print(xs, sorted(xs), sum(xs), max(xs), min(xs))
print(1 in [1.0], 1.0 in {1}, True in {1: "x"}, 0 in [False], 2 in (1.999,))
d = {}
d[1] = "int"; d[1.0] = "float"; d[True] = "bool"
print(d, len(d))
s = {1, 1.0, True, 2, 2.0}
print(s, len(s))
print([1, 2] == [1.0, 2.0], (1,) == (True,), {1: 2} == {1.0: 2.0})
print(hash(1) == hash(1.0) == hash(True), hash(2**61 - 1), hash(2**61), hash(-1), hash(-2))
print(hash(0.5), hash(1.5), hash(-0.0), hash(1e100) if False else hash(10**20))
