# slice objects: repr, attributes, indices(), using them on many sequence types.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(None, None, -1), slice("a", "b"))
print(s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10), slice(-100, 100, 3).indices(7))
data = list(range(12))
for sl in [slice(2, 9, 3), slice(None, None, -2), slice(-4, -1), slice(8, 2, -1), slice(100, 200)]:
    print(sl, data[sl], "abcdefghijkl"[sl], tuple(data)[sl], range(12)[sl], b"abcdefghijkl"[sl])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)
