# bytes literals, reprs, indexing (ints) and slicing (bytes).
b = b"hello\x00\xff\n\t'\""
print(b, repr(b), len(b), b[0], b[-1], b[5], b[1:4], b[::-1], b[::3])
print(b"", b"a" b"b", rb"\n raw", Rb"x\y", b'\x41\x42', b"\101", bytes(3), bytes([65, 66, 67]))
print(type(b[0]).__name__, type(b[0:1]).__name__, list(b"abc"), [x for x in b"\x01\x02"])
print(b"abc" == b"abc", b"abc" < b"abd", b"a" + b"b", b"ab" * 3, 65 in b"ABC", b"BC" in b"ABC")
print(bytes("héllo", "utf-8"), bytes(range(5)), bytes(b"copy"), bytes.fromhex("de ad be ef"), b"\xde\xad".hex())
print(repr(bytes(range(0, 256, 17))))
try:
    b[100]
except IndexError as e:
    print("IndexError:", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
