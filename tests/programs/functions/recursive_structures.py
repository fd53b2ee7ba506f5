# Recursion over nested structures: depth, permutations, subsets, tree building.
def depth(x):
    if isinstance(x, (list, tuple)):
        return 1 + max((depth(y) for y in x), default=0)
    return 0
print(depth([]), depth([1, [2, [3]]]), depth((1, (2, (3, (4,))))), depth(5))
def perms(xs):
    if len(xs) <= 1:
        return [xs]
    out = []
    for i in range(len(xs)):
        for p in perms(xs[:i] + xs[i + 1:]):
            out.append([xs[i]] + p)
    return out
print(perms([1, 2, 3]), len(perms(list(range(6)))))
def subsets(xs):
    if not xs:
        return [[]]
    rest = subsets(xs[1:])
    return rest + [[xs[0]] + s for s in rest]
print(subsets("abc"))
def build(lo, hi):
    if lo > hi:
        return None
    mid = (lo + hi) // 2
    return (build(lo, mid - 1), mid, build(mid + 1, hi))
def inorder(t):
    return [] if t is None else inorder(t[0]) + [t[1]] + inorder(t[2])
t = build(1, 10)
print(inorder(t), t[1])
