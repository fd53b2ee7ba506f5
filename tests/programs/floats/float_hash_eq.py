# Floats equal to ints hash like ints; using floats as dict/set keys.
d = {1: "a", 2.0: "b", 0.5: "c"}
print(d[1.0], d[2], d[0.5], 2 in d, 0.5 in d)
print(hash(2.0) == hash(2), hash(0.5), hash(-0.5), hash(1e20) == hash(10**20), hash(2.5) == hash(5 / 2))
s = {0.1 + 0.2, 0.3, 1.0, 1}
print(sorted(s), len(s))
print({x / 2 for x in range(6)}, {float(i): i for i in range(3)})
