# bytes compare, hash and use as dict keys; bytes vs str never equal.
print(b"a" == "a", b"a" != "a", b"" == b"", b"ab" < b"b", b"\xff" > b"\x00\x00")
d = {b"k": 1, "k": 2}
print(d, len(d), d[b"k"], d["k"])
print(sorted([b"b", b"a", b"ab", b""]), b"x" in [b"x"], hash(b"abc") == hash(b"abc"))
print(bytes([1, 2]) + bytes(2), tuple(b"\x00\x01"), b"%s %r" % (b"x", b"y"))
