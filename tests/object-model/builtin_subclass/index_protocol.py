# Objects with __index__ and int subclass instances wherever CPython accepts an index.
import operator


class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


class I(int):
    pass


class Sneaky(int):
    def __index__(self):
        return 0


data = [10, 20, 30, 40, 50]
print(data[Idx(1)], data[I(2)], data[Idx(-1)], (1, 2, 3)[Idx(0)], "hello"[I(4)], b"abc"[Idx(1)])
print(range(100)[Idx(7)], range(5)[I(-1)], data[Sneaky(3)])
print(data[Idx(1):Idx(4)], data[I(0):I(5):I(2)], "abcdef"[Idx(1)::Idx(2)], (9, 8, 7)[:I(2)])
m = list(data)
m[Idx(0)] = "a"
m[I(1)] = "b"
del m[Idx(2)]
del m[I(-1)]
print(m)
m[Idx(0):I(2)] = ["x"]
print(m)
print(list(range(Idx(3))), list(range(I(1), Idx(7), I(2))), range(Idx(2), Idx(9))[Idx(1)])
print(hex(Idx(255)), bin(I(5)), oct(Idx(8)), operator.index(Idx(12)), operator.index(I(3)), type(operator.index(I(3))).__name__)
print("ab" * Idx(3), [0] * I(2), Idx(2) * (1,), bytes(Idx(3)), "abcabc".find("c", Idx(3)))
print(data.pop(Idx(0)), data, data.insert(I(1), 99), data)
print(Sneaky(3) == 3, hex(Sneaky(5)), operator.index(Sneaky(5)))


class Bad:
    def __index__(self):
        return "nope"


class NoIndex:
    def __int__(self):
        return 1


for f in (
    lambda: data[Bad()],
    lambda: data[NoIndex()],
    lambda: "abc"[NoIndex()],
    lambda: data[1.0],
    lambda: data[Idx(99)],
    lambda: range(3)[Idx(5)],
    lambda: range(Bad()),
    lambda: hex(NoIndex()),
    lambda: operator.index(Bad()),
    lambda: data[Idx(0):Bad()],
    lambda: data[NoIndex():],
):
    try:
        print(f())
    except (TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
