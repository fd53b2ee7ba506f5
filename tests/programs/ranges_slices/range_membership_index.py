# Membership, index and count on ranges with negative steps and float/bool probes.
r = range(100, -100, -7)
print(len(r), r[0], r[-1], 2 in r, 3 in r, -96 in r, -103 in r, r.index(-96), r.count(2), r.count(3))
print(True in range(2), 1.0 in range(3), 2.5 in range(5), "a" in range(3) if False else None)
print(range(0, 10, 3)[-1], range(10, 0, -3)[-1], range(-5, -1)[1:3], range(5)[::-1][0])
print(list(range(5)[1::2]), list(range(20)[::-5]), range(10)[2:8:3], range(0)[::-1])
print(hash(range(3)) == hash(range(0, 3, 1)), range(0, 0) == range(1, 1), range(1, 2, 3) == range(1, 3, 5))
try:
    range(10).index(10)
except ValueError as e:
    print("ValueError:", e)
