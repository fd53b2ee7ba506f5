# Subclasses of bytearray: storage, repr naming the subclass, inherited methods returning
# plain bytearrays, mutation through the instance, __init__ via super(), unhashability.
class B(bytearray):
    def first(self):
        return self[0]


b = B(b"hello")
print(b, repr(b), str(b), type(b).__name__, len(b), b.first(), isinstance(b, bytearray))
b.append(33)
b[0] = 72
b += b"??"
print(b, type(b).__name__, b.upper(), type(b.upper()).__name__, b[1:3], type(b[1:3]).__name__)
print(b == bytearray(b"Hello!??"), bytes(b), b"x" + b, b + b"x", b"ell" in b)
del b[0]
print(b, list(b)[:2], b.find(b"l"), b.decode(), bytearray(b) == b)
print(B("abc", "ascii"), B(3), B([1, 2]), B())
try:
    hash(b)
except TypeError as e:
    print(e)


class C(bytearray):
    def __init__(self, n):
        super().__init__(b"x" * n)

    def __repr__(self):
        return "C<" + super().__repr__() + ">"


c = C(3)
print(c, [c], len(c), c.count(b"x"))
print(bytearray.__hash__, B.__hash__, bytearray.append, bytearray.fromhex("41"))
print(B.fromhex("4142"), type(B.fromhex("41")).__name__)
