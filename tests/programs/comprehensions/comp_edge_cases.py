# Comprehension edge cases: empty iterables, conditions on outer variables, tuples in targets.
print([x for x in ()], {x for x in ""}, {k: v for k, v in {}.items()}, list(x for x in []))
data = [(1, "a"), (2, "b"), (3, "c")]
print([n for n, _ in data], [s * n for n, s in data if n != 2], {s: n for n, s in data})
print([[x, y] for x in range(3) for y in range(x, 3) if (x + y) % 2 == 0])
print([x for x in range(10) if x > 2 if x < 7 if x != 4])
print(["even" if x % 2 == 0 else "odd" for x in range(4)])
m = [[1, 2], [3, 4]]
print([[row[i] * 2 for row in m] for i in range(2)], sum([sum(r) for r in m]))
print([(yield_ := x) for x in range(2)], yield_)
