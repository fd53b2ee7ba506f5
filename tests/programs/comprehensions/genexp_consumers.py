# Generator expressions consumed by sum/any/all/min/max/sorted/list/tuple/join/dict/set.
nums = [3, -1, 4, -1, 5, -9, 2, 6]
print(sum(x for x in nums if x > 0), sum((x * x for x in nums), 100))
print(any(x > 5 for x in nums), all(x != 0 for x in nums), any(x > 100 for x in nums), all(x > 0 for x in nums))
print(min(abs(x) for x in nums), max((x for x in nums), key=lambda v: -v), max((x for x in []), default="none"))
print(sorted(x % 4 for x in nums), list(x for x in "abc"), tuple(i * 2 for i in range(3)))
print("-".join(str(x) for x in nums), "".join(c for c in "h.e.l.l.o" if c != "."))
print(dict((k, len(k)) for k in ["a", "bb"]), set(x // 2 for x in range(6)) == {0, 1, 2})
g = (x * 10 for x in range(3))
print(next(g), next(g), list(g), list(g))
print(sum(1 for _ in range(1000)), len([*(x for x in range(5))]))
