# range() with bounds beyond 64 bits: length, indexing, slicing, membership, iteration,
# reversal, equality and hashing, and the OverflowError of len().
big = 2 ** 64
r = range(big, big + 10, 3)
print(r, list(r), len(r), r[0], r[-1], r[1:3], r[::-1], list(reversed(r)), r.start, r.stop, r.step)
print(big + 3 in r, big + 4 in r, 5 in r, float(big) in r, r.index(big + 6), r.count(big + 9), r.count(big))
print(range(-big, big, big // 2), list(range(-big, big, big // 2)), range(10 ** 30)[-1], range(-10 ** 20, 10 ** 20, 7)[-1])
print(10 ** 29 in range(10 ** 30), 10 ** 29 + 1 in range(0, 10 ** 30, 2), -1 in range(10 ** 30), range(10 ** 30)[10 ** 29])
print(range(10 ** 30)[10 ** 29: 10 ** 29 + 5], range(10 ** 30)[::10 ** 29], range(10 ** 30)[-3:], range(2 ** 64)[2 ** 63:2 ** 64:2 ** 62])
print(range(big) == range(0, big), range(big, big) == range(0), range(big, big + 1) == range(big, big + 2, 5), range(big) != range(big + 1))
print(hash(range(0)) == hash(range(big, big)), hash(range(big, big + 1)) == hash(range(big, big + 2, 7)), hash(range(1, big)) == hash(range(1, big)))
print(bool(range(big, big)), bool(range(big, 0, -1)), range(big, 0, -big), list(range(big, 0, -big // 2)))
for x in range(big - 2, big + 2):
    print(x, type(x).__name__, end="; ")
print()
for x in range(-big - 1, -big + 1):
    print(x, end=" ")
print()
total = 0
for i, x in enumerate(range(10 ** 20, 10 ** 25, 10 ** 24)):
    total += x
print(total, i)
it = iter(range(big, big + 3))
print(type(it).__name__, next(it), list(it), type(reversed(range(big))).__name__)
print(list(zip(range(big, big + 3), range(3))), sorted(range(big + 2, big - 2, -1)), max(range(big - 3, big + 3)), min(range(-big, -big + 3)))
print(range(9223372036854775807, 9223372036854775809), list(range(9223372036854775806, 9223372036854775809)))
print(range(-2 ** 63, 2 ** 63 - 1)[-1], range(-2 ** 63, 2 ** 63 - 1)[0], 0 in range(-2 ** 63, 2 ** 63 - 1))
for f in [lambda: len(range(10 ** 20)), lambda: len(range(-2 ** 63, 2 ** 63 - 1)), lambda: range(big)[big],
          lambda: range(big)[-big - 1], lambda: range(big).index(-1), lambda: range(big, big + 1, 0),
          lambda: range(big)[1.0], lambda: range(big)["a"], lambda: range(big)[::0], lambda: range(big).index(1, 2),
          lambda: range(1.0, big), lambda: range(big, "x")]:
    try:
        print(f())
    except (OverflowError, IndexError, ValueError, TypeError, MemoryError) as e:
        print(type(e).__name__ + ":", e)
