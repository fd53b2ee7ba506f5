# Set iteration order for ints follows CPython's hash table layout.
print({5, 3, 1, 4, 2}, {100, 1, 10, 1000}, {-1, -2, 0, 1}, {2**40, 1, 2**64, 7})
s = set()
for i in [17, 9, 33, 1, 25, 41, 57]:
    s.add(i)
print(s)
s.discard(33)
s.add(65)
print(s)
print(set(range(20, 0, -3)), {x * 8 for x in range(10)}, {x % 7 for x in range(100)})
print(frozenset([3, 2, 1]), frozenset(), set(), {0.5, 1.5, -2.0}, {True, 2, None} == {None, 2, True})
big = set(range(0, 200, 13))
print(big, len(big))
print(list({9, 8, 7, 6}), sorted({9, 8, 7, 6}), [x for x in {32, 64, 1, 33}])
