# Repetition and concatenation of sequences, and lexicographic comparison.
print([1, 2] * 3, (1,) * 0, "ab" * 2, b"x" * 3, [[]] * 2, 2 * [0], -1 * "neg")
print([1] + [2], (1,) + (2,), "a" + "b", b"a" + b"b")
print([1, 2, 3] < [1, 2, 4], (1, 2) > (1, 1, 9), "abc" < "abd", [1, [2]] < [1, [3]], (1, "a") < (1, "b"))
print([] == (), [1, 2] == [1, 2], (1, 2) != (1, 2.0), [0] * 3 == [0, 0, 0])
print(max([1, 2], [1, 3]), min((3, 1), (2, 9)), sorted([[3], [1, 2], [1]]))
try:
    [1] * 2.0
except TypeError as e:
    print("TypeError:", e)
try:
    (1,) + [2]
except TypeError as e:
    print("TypeError:", e)
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print("TypeError:", e)
