# Generators hold their local state; several independent instances interleave.
def counter(label):
    n = 0
    while True:
        n += 1
        yield f"{label}{n}"
a, b = counter("a"), counter("b")
print(next(a), next(a), next(b), next(a), next(b))
def window(xs, size):
    buf = []
    for x in xs:
        buf.append(x)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)
print(list(window(range(6), 3)))
def take(n, it):
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(take(5, naturals()), take(3, (x for x in naturals() if x % 7 == 3)))
it = iter(naturals())
print(next(it), next(it), iter(it) is it)
