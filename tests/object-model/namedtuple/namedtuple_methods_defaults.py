from collections import namedtuple
Row = namedtuple("Row", "id name score", defaults=(0,))
rows = [Row(1, "a", 5), Row(2, "b"), Row._make((3, "c", 9))]
print(rows, [r.score for r in rows])
print(max(rows, key=lambda r: r.score).name, sorted(rows, key=lambda r: -r.score)[0])
print(Row(1, "a") == (1, "a", 0), Row(1, "a")._asdict(), Row.__name__, Row.id.__doc__)
print(Row(*range(3)), tuple(Row(1, 2, 3)[::-1]), Row(1, 2, 3).count(2), Row(1, 2, 3).index(3))
try:
    Row(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)
try:
    Row(1, "n", bogus=1)
except TypeError as e:
    print("TypeError:", e)
