# split/rsplit/join with and without separators and maxsplit.
samples = ["a b  c", "  leading and trailing  ", "", "   ", "one", "a,b,,c,", ",", "x\ty\nz\r\nw\x0bv\x0cu"]
for s in samples:
    print(repr(s), s.split(), s.split(" "), s.split(","), s.rsplit(None, 1), s.split(maxsplit=1))
print("a-b-c-d".split("-", 2), "a-b-c-d".rsplit("-", 2), "a-b-c-d".split("-", 0), "a-b-c-d".rsplit("-", -1))
print("aXbXXc".split("XX"), "abcabc".split("abc"), "  a  b  ".rsplit(maxsplit=1), "  a  b  ".split(None, 0))
print(",".join(["a", "b", "c"]), "".join([]), " ".join("xyz"), "--".join(("1", "2")), ", ".join(str(i) for i in range(5)))
print("é,ü".split(","), "日本 語".split())
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
try:
    ",".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
try:
    "".join([b"x"])
except TypeError as e:
    print("TypeError:", e)
