# enumerate and zip in common idioms: pairwise, transposition, dict building, parallel iteration.
xs = [3, 1, 4, 1, 5, 9, 2, 6]
print([b - a for a, b in zip(xs, xs[1:])], list(zip(*[(1, 2, 3), (4, 5, 6)])), dict(zip("abc", xs)))
print([i for i, x in enumerate(xs) if x == 1], max(enumerate(xs), key=lambda p: p[1]), list(enumerate(xs, -2))[:3])
names, scores = ["ann", "bob", "cy"], [90, 85]
for n, s in zip(names, scores):
    print(n, s)
print(list(zip(names, scores, "xy")), list(zip(range(3), range(10, 13), strict=True)))
z = zip([1, 2], [3])
print(next(z), next(z, "stop"))
