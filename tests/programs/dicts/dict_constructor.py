# dict() from mappings, pairs and keywords; comparisons.
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, extra=1), dict(zip(range(3), "abc")))
print(dict([[1, 2], "ab"]), dict(((1, 2),)), dict.fromkeys(range(3), "v"))
print({1: 2} == {1: 2}, {1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} != {1: 3}, {} == {})
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print("ValueError:", e)
try:
    {1: 2} < {1: 2}
except TypeError as e:
    print("TypeError:", e)
