# range: values, len, indexing, slicing, membership, repr, equality.
for r in [range(5), range(2, 8), range(10, 0, -3), range(0), range(5, 5), range(-5, 5, 2), range(0, 10**20, 10**19)]:
    print(r, list(r) if len(r) < 30 else len(r), len(r), bool(r))
r = range(3, 30, 4)
print(r[0], r[-1], r[2], r[1:4], r[::-1], r[::2], list(r[::-2]), r.index(11), r.count(7), 7 in r, 8 in r, 31 in r)
print(range(0) == range(5, 5), range(0, 3) == range(3), range(1, 10, 3) == range(1, 11, 3), range(3) == [0, 1, 2])
print(r.start, r.stop, r.step, reversed(range(3)).__class__.__name__, list(reversed(range(3))))
print(range(10**30)[-1], range(-10**20, 10**20, 7)[-1], 10**29 in range(10**30))
try:
    range(1, 5, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(5)[5]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    range(3).index(7)
except ValueError as e:
    print("ValueError:", e)
print(sum(range(101)), max(range(-3, 4)), min(range(10, 0, -1)), sorted(range(5, 0, -1)))
try:
    len(range(10**20))
except OverflowError as e:
    print("OverflowError:", e)
