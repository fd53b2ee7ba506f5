# bytearray operators: comparison and concatenation with bytes in both directions, `in`,
# repetition, formatting, repr, hashing, truth, len, iteration, conversions, match, copy.
import copy


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


ba = bytearray
print(ba(b"abc") == b"abc", b"abc" == ba(b"abc"), ba(b"a") < b"b", b"b" > ba(b"a"), ba(b"a") <= ba(b"a"))
print(ba(b"abc") != ba(b"abd"), ba() == "", ba() != "", ba(b"a") == 97, ba(b"\x01") == [1])
print(type(ba(b"a") + b"b").__name__, type(b"a" + ba(b"b")).__name__, ba(b"a") + ba(b"b"), b"a" + ba(b"b"))
print(ba(b"xyz") * 2, 3 * ba(b"-"), ba(b"x") * 0, ba(b"x") * -1, ba(b"x") * True)
print(b"y" in ba(b"xyz"), 121 in ba(b"xyz"), ba(b"z") in b"xyz", ba() in b"", ba(b"yz") in ba(b"xyz"), 0 in ba(b"x"))
print(bool(ba()), bool(ba(b"\x00")), len(ba(5)), not ba())
print(isinstance(ba(), ba), isinstance(ba(), bytes), issubclass(ba, bytes), type(ba()).__name__)
print(type(iter(ba())).__name__, ba.__name__, repr(ba))
print(str(ba(b"caf\xc3\xa9"), "utf-8"), ba(b"a'\"\n\x00\xff\\\t\r"), str(ba(b"s")))
print(repr(ba(b"it's")), ba(b'"'), ba(b"'\""), ascii(ba(b"\x7f")), ba())
print(f"{ba(b'x')}", "%s" % ba(b"q"), "%r" % (ba(b"q"),), "{!r}".format(ba(b"w")), [ba(b"l")])
print(sorted([ba(b"b"), ba(b"a"), b"ab"]), max(ba(b"az")), min(ba(b"az")), sum(ba(b"\x01\x02")))
print(list(ba(b"ab")), tuple(ba(b"ab")), list(reversed(ba(b"ab"))), set(ba(b"aa")), dict.fromkeys(ba(b"a")))
print(bytes(ba(b"q")), ba(bytes(2)), int.from_bytes(ba(b"\x01\x00"), "big"), ord(ba(b"a")), list(enumerate(ba(b"z"))))
c = ba(b"xy")
c2 = copy.copy(c)
c2.append(0)
c3 = copy.deepcopy([c, c])
c3[0].append(1)
print(c, c2, c3, c3[0] is c3[1])
match ba(b"ab"):
    case [a, b]:
        print("sequence", a, b)
    case ba():
        print("bytearray pattern")
match ba(b"ab"):
    case bytes():
        print("bytes")
    case ba(x):
        print("bytearray", x)
t(lambda: hash(ba()))
t(lambda: {ba(b"k"): 1})
t(lambda: {ba()})
t(lambda: ba(b"a") + "x")
t(lambda: "x" + ba(b"a"))
t(lambda: [1] + ba(b"a"))
t(lambda: ba(b"a") + 1)
t(lambda: b"a" + "b")
t(lambda: ba(b"a") * "x")
t(lambda: ba(b"a") * 1.5)
t(lambda: 1.5 in ba(b"a"))
t(lambda: "a" in ba(b"a"))
t(lambda: 300 in ba(b"a"))
t(lambda: -1 in ba(b"a"))
t(lambda: ba(b"a") < "x")
t(lambda: ba(b"a") > 1)
t(lambda: ba(b"a") % 1)
t(lambda: ba(b"%s %s") % (b"only",))
t(lambda: sum([], ba()))
t(lambda: ord(ba(b"ab")))
t(lambda: -ba())
