# Builtins applied to lists.
a = [5, 3, 8, 1, 9, 2]
print(len(a), sum(a), min(a), max(a), sorted(a), list(reversed(a)), any(a), all(a), all([]), any([]))
print(list(enumerate(a, 1)), list(zip(a, "abcdef")), list(map(str, a)), list(filter(lambda x: x > 4, a)))
print(a.__len__(), a.__contains__(8), list(range(3)) + list("xy"))
print(list(), list(()), list({1: 2}), list("abc"), list(x * x for x in range(4)))
print([1, 2, 3].__add__([4]), [*a[:2], *a[-2:]])
