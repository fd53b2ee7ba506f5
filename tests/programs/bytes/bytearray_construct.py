# bytearray(...) and bytes(...) constructors: every source kind and CPython's errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Idx:
    def __index__(self):
        return 3


class WithBytes:
    def __bytes__(self):
        return b"from __bytes__"


class BadBytes:
    def __bytes__(self):
        return "text"


t(lambda: bytearray())
t(lambda: bytearray(0))
t(lambda: bytearray(4))
t(lambda: bytearray(True))
t(lambda: bytearray(Idx()))
t(lambda: bytes(Idx()))
t(lambda: bytearray([1, 2, 255]))
t(lambda: bytearray((65, 66)))
t(lambda: bytearray(range(3)))
t(lambda: bytearray(x for x in b"gen"))
t(lambda: bytearray(iter([7])))
t(lambda: bytearray(b"bytes"))
t(lambda: bytearray(bytearray(b"copy")))
t(lambda: bytearray("caf\xe9", "utf-8"))
t(lambda: bytearray("caf\xe9", "latin-1"))
t(lambda: bytearray("caf\xe9", "ascii", "ignore"))
t(lambda: bytearray("caf\xe9", "ascii", errors="replace"))
t(lambda: bytearray(source="k", encoding="utf-8"))
t(lambda: bytearray(source=b"kw"))
t(lambda: bytes("caf\xe9", "utf-8"))
t(lambda: bytes("x", encoding="utf-16-le"))
t(lambda: bytes(bytearray(b"ba")))
t(lambda: bytes(WithBytes()))
t(lambda: bytearray({1: "a", 2: "b"}))
t(lambda: len(bytearray(1000)))
# Errors.
t(lambda: bytearray("abc"))
t(lambda: bytearray("abc", errors="strict"))
t(lambda: bytearray(1, "utf-8"))
t(lambda: bytearray(b"x", "utf-8"))
t(lambda: bytearray(errors="strict"))
t(lambda: bytearray(encoding="utf-8"))
t(lambda: bytes(encoding="utf-8"))
t(lambda: bytes(b"x", "utf-8"))
t(lambda: bytearray(-1))
t(lambda: bytes(-5))
t(lambda: bytearray(2**70))
t(lambda: bytearray([256]))
t(lambda: bytearray([-1]))
t(lambda: bytes([256]))
t(lambda: bytearray(["a"]))
t(lambda: bytearray([1.0]))
t(lambda: bytes(["a"]))
t(lambda: bytearray(1.5))
t(lambda: bytes(1.5))
t(lambda: bytearray(None))
t(lambda: bytes(None))
t(lambda: bytearray(object()))
t(lambda: bytearray(b"ab", x=1))
t(lambda: bytearray(1, 2, 3, 4))
t(lambda: bytes(1, 2, 3, 4))
t(lambda: bytearray("a", 1))
t(lambda: bytearray("a", "utf-8", 2))
t(lambda: bytearray("a", "no-such-codec"))
t(lambda: bytes("\xe9", "ascii"))
t(lambda: bytes(BadBytes()))
