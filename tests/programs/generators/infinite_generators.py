# Infinite generators combined with early termination.
def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step
def cycle(xs):
    while True:
        yield from xs
def take(n, it):
    return [x for _, x in zip(range(n), it)]
print(take(5, count()), take(4, count(10, -3)), take(7, cycle("ab")))
def primes():
    found = []
    for n in count(2):
        if all(n % p for p in found):
            found.append(n)
            yield n
print(take(15, primes()))
def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1
print(list(collatz(27))[:10], len(list(collatz(27))), max(collatz(27)))
