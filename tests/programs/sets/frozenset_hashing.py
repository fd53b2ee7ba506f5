# frozensets are hashable: usable as dict keys and set members; equality with sets.
fs1 = frozenset([1, 2, 3])
fs2 = frozenset([3, 2, 1])
print(fs1 == fs2, hash(fs1) == hash(fs2), fs1 == {1, 2, 3}, fs1, frozenset("abc") == frozenset("cba"))
groups = {frozenset(["a", "b"]): "ab", frozenset(["c"]): "c"}
print(groups[frozenset(["b", "a"])], len(groups))
nested = {frozenset([1]), frozenset([1, 2]), frozenset()}
print(len(nested), frozenset() in nested, sorted(len(x) for x in nested))
print(frozenset([1, 2]) | frozenset([3]), frozenset(range(5)) - {0, 4}, frozenset([1]).union([2], (3,)))
