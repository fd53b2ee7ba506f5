"""Built-ins consuming generators item by item: early exits leave them suspended."""

import inspect


def counted(n, log):
    for i in range(n):
        log.append(i)
        yield i


log = []
g = counted(10, log)
print(any(x > 3 for x in g), log, inspect.getgeneratorstate(g), next(g))
log = []
g = counted(10, log)
print(all(x < 2 for x in g), log, list(g), inspect.getgeneratorstate(g))
print(sum(counted(5, [])), sum(counted(5, []), 10), sum((x / 2 for x in range(4)), 0.5))
print(max(counted(6, [])), min(counted(6, []), key=lambda x: -x), max((), default="empty"))
print(sorted(counted(5, []), reverse=True), tuple(counted(3, [])), list(counted(0, [])))
print("-".join(str(x) for x in counted(4, [])), dict((x, x * x) for x in counted(3, [])))
print(set(counted(3, [])), list(zip(counted(3, []), "ab")), list(enumerate(counted(2, []))))


def echo():
    got = []
    while True:
        v = yield len(got)
        if v is None:
            return got
        got.append(v)


e = echo()
print(next(e), e.send("a"), e.send("b"), e.send("c"))
try:
    next(e)
except StopIteration as s:
    print("returned", s.value)


def selfish():
    yield next(me)


me = selfish()
try:
    next(me)
except ValueError as err:
    print("ValueError:", err)
print(inspect.getgeneratorstate(me))


def bad():
    yield 1
    raise StopIteration("inner")


try:
    print(list(bad()))
except RuntimeError as err:
    print("RuntimeError:", err, "| cause:", repr(err.__cause__))

try:
    sum(x for x in counted(3, []) if 1 / (x - 2))
except ZeroDivisionError as err:
    print("ZeroDivisionError:", err)


def nested(n):
    if n:
        yield n
        yield from nested(n - 1)


print(list(nested(5)), sum(nested(40)))
