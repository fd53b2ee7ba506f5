# min()/max() consume one iterable item by item, calling key as each item arrives.
def noisy(n):
    for i in range(n):
        print("yield", i)
        yield i


def key(x):
    print("key", x)
    return -x


print(max(noisy(3), key=key))
print(min(noisy(2)))
print(max([], default="empty"), min((), key=key, default=None))
print(max(3, 1, 2), min("b", "a", key=str.upper), max([1, 5, 3], key=lambda v: v % 5))


def failing():
    yield 1
    yield 2
    raise ValueError("boom after 2")


try:
    max(failing(), key=key)
except ValueError as e:
    print("ValueError:", e)
for bad in [lambda: max(), lambda: max(1, 2, default=0), lambda: min([]), lambda: max(5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
