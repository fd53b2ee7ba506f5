# iter()/next() with defaults; iterating manually over many kinds of iterables.
for obj in ["ab", [1, 2], (3,), {4: "x"}, {5}, range(2), b"z", enumerate("q"), zip("a", "b"), reversed([1, 2])]:
    it = iter(obj)
    print(type(obj).__name__, next(it), next(it, "<end>"), next(it, "<end>"))
it = iter([1, 2, 3])
print(list(it), list(it))
it = iter(range(3))
print(iter(it) is it, next(it), sum(it))
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", e.args)
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
