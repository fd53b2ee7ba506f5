# sorted with key/reverse stability; reversed on sequences.
data = [("b", 2), ("a", 2), ("c", 1), ("d", 3), ("e", 1)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
print(sorted(["10", "9", "100"]), sorted(["10", "9", "100"], key=int), sorted("BaCb", key=str.lower))
print(sorted([]), sorted(()), sorted({}), sorted(x for x in [3, 1, 2]))
try:
    sorted([1, 2], key=5)
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, 2], None)
except TypeError as e:
    print("TypeError:", e)
