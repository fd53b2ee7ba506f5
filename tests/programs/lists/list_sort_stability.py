# sort is stable across multiple passes; sorting by several keys.
records = [("dave", "b", 3), ("ann", "a", 3), ("bob", "b", 1), ("cat", "a", 2), ("eve", "b", 3), ("fay", "a", 1)]
by_name = sorted(records)
by_group = sorted(by_name, key=lambda r: r[1])
by_score = sorted(by_group, key=lambda r: r[2], reverse=True)
print(by_score)
print(sorted(records, key=lambda r: (r[1], -r[2], r[0])))
lst = [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]
lst.sort(key=lambda x: x % 2)
print(lst)
lst.sort(key=lambda x: x % 2, reverse=True)
print(lst)
print(sorted([(1, "b"), (1, "a"), (0, "c")], key=lambda t: t[0]))
