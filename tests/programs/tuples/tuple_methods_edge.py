# Tuple count/index with equal values of other types; tuples as dict keys and sort keys.
t = (1, 1.0, True, "1", (1,), [1])
print(t.count(1), t.count("1"), t.index(True), t.index((1,)), t.index([1]))
grid = {}
for r in range(3):
    for c in range(3):
        grid[(r, c)] = r * c
print(grid[(2, 2)], sorted(grid)[:4], max(grid, key=lambda k: (grid[k], k)))
print(tuple(x for x in range(5) if x % 2), tuple(reversed("abc")), tuple({3: 0, 1: 0}))
print((1, 2) * 0, (1,) * 1, len((None,) * 5), ((1, 2),) + ((3,),))
