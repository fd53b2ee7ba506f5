# Tuple packing and unpacking, swaps and returns of multiple values.
def minmax(xs):
    return min(xs), max(xs)
lo, hi = minmax([4, 8, 1, 9])
print(lo, hi, minmax("hello"))
a, b = 1, 2
a, b = b, a
print(a, b)
a, b, c = "xyz"
print(a, b, c)
(x, y), z = (1, 2), 3
print(x, y, z)
t = 1,
print(t, type(t).__name__)
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)
pairs = [(1, "one"), (2, "two")]
nums, names = zip(*pairs)
print(nums, names)
print(tuple(sorted((3, 1, 2))), tuple(reversed((1, 2, 3))))
