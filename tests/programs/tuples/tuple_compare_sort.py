# Lexicographic tuple comparison, including mixed lengths and nested tuples.
items = [(2, "b"), (1, "z"), (2, "a"), (1,), (), (1, "a", 0), ((1, 2), 0), ((1, 1), 5)]
simple = [t for t in items if not t or not isinstance(t[0], tuple)]
print(sorted(simple))
print(sorted([t for t in items if t and isinstance(t[0], tuple)]))
print((1, 2) < (1, 2, 3), (1, 3) > (1, 2, 3), (0,) < (0, -1), max([(1, 2), (1, 10), (0, 99)]))
print((1, float("nan")) == (1, float("nan")), (1, 2) == (1.0, 2.0))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print("TypeError:", e)
