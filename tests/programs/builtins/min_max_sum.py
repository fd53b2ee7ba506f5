# min/max with key and default, sum with start; any/all.
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a", "c"), max([1, 5], [2]))
print(min(["aa", "b", "ccc"], key=len), max(["aa", "b", "ccc"], key=len), max([], default=None), min((), default="empty"))
print(max([3, 3.0, 3]), min([2, 1, 1.0]), max({"a": 1, "b": 0}), max([1, 2], key=lambda x: -x))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1, 0.2]), sum([[1], [2]], []), sum(((1,), (2,)), ()), sum([], 5))
print(any([]), all([]), any([0, "", None]), all([1, "x", [0]]), any(iter([0, 0, 1])), all(x > 0 for x in [1, -1]))
for f in [lambda: min([]), lambda: max(), lambda: sum(["a", "b"]), lambda: sum([1], "s"), lambda: min(1, 2, key=len), lambda: max([1], default=0, key=None, extra=1)]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
