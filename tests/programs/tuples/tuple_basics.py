# Tuples: creation, single-element, immutability, methods, comparisons.
t = (1, 2, 3, 2)
print(t, len(t), t[0], t[-1], t[1:3], t[::-1], t.count(2), t.index(3), t.index(2, 2))
print((), (1,), (1), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({1: 2}))
print((1, 2) + (3,), (1,) * 3, 3 * (0,), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 100), () < (0,))
print((1, [2]) == (1, [2]), (1, 2) == [1, 2], 2 in (1, 2), (1,) in [(1,)])
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(99)
except ValueError as e:
    print("ValueError:", e)
try:
    t[10]
except IndexError as e:
    print("IndexError:", e)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
m = ([1], [2])
m[0].append(3)
print(m)
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), {(1, 2): "pair"}[(1, 2)])
try:
    hash(([1],))
except TypeError as e:
    print("TypeError:", e)
