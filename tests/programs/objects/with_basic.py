class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress


with CM("a") as x:
    print("body", x)

with CM("b", True):
    raise ValueError("boom")
print("after suppressed")

try:
    with CM("c"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))

with CM("d") as x, CM("e") as y:
    print(x, y)


def f():
    with CM("ret"):
        return 5
    print("not reached")


print(f())

for i in range(3):
    with CM("loop%d" % i):
        if i == 0:
            continue
        if i == 2:
            break
        print("loop body", i)


class Pair:
    def __enter__(self):
        return (1, [2, 3])

    def __exit__(self, *a):
        return None


with Pair() as (p, [q, r]):
    print(p, q, r)


class Bad:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        raise RuntimeError("in exit")


try:
    with Bad():
        raise ValueError("inner")
except RuntimeError as e:
    print("exit raised", e, repr(e.__context__))

for obj in (3, object()):
    try:
        with obj:
            pass
    except TypeError as e:
        print(e)


class OnlyEnter:
    def __enter__(self):
        return 1


try:
    with OnlyEnter():
        pass
except TypeError as e:
    print(e)


def gen():
    with CM("gen"):
        yield 1
        yield 2


print(list(gen()))

with CM("outer"):
    try:
        with CM("inner", True):
            1 / 0
        print("suppressed zero division")
    finally:
        print("finally")
