"""Generators: pipelines of generator functions and generator expressions."""


def numbers(n):
    for i in range(n):
        yield i


def evens(seq):
    for x in seq:
        if x % 2 == 0:
            yield x


def squares(seq):
    for x in seq:
        yield x * x


def pipeline(n):
    total = sum(squares(evens(numbers(n))))
    count = sum(1 for x in numbers(n) if x % 7 == 3)
    longest = max(len(str(x)) for x in numbers(n))
    return total, count, longest


print(pipeline(5_000_000))
