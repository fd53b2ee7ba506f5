# Nested unpacking in assignments and for loops.
((a, b), (c, d)) = [(1, 2), "xy"]
print(a, b, c, d)
data = [("alice", (30, "paris")), ("bob", (25, "rome"))]
for name, (age, city) in data:
    print(name, age, city)
[x, [y, [z]]] = [1, [2, [3]]]
print(x, y, z)
for i, (a, *rest) in enumerate(["abc", "de", "f"]):
    print(i, a, rest)
points = {(0, 0): "origin", (1, 2): "p"}
for (px, py), label in points.items():
    print(px + py, label)
