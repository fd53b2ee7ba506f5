# Unpacking targets in for loops and comprehensions, including starred.
rows = [(1, "a", True), (2, "b", False), (3, "c", True)]
for n, s, flag in rows:
    print(n, s, flag)
print([s * n for n, s, _ in rows], {s: n for n, s, _ in rows})
for first, *rest in ["abc", "de", "f"]:
    print(first, rest)
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a + b + c)
for i, (k, v) in enumerate(sorted({"z": 1, "y": 2}.items())):
    print(i, k, v)
pairs = list(zip(range(3), "xyz"))
print([f"{i}{c}" for i, c in pairs])
