# zfill/center/ljust/rjust/expandtabs.
for s in ["42", "-42", "+7", "abc", "", "日本", "-", "3.14"]:
    print(repr(s.zfill(6)), repr(s.center(7)), repr(s.center(8, "*")), repr(s.ljust(5, ".")), repr(s.rjust(5)), repr(s.zfill(1)))
print("a\tb\tc".expandtabs(), "a\tb\tc".expandtabs(4), "12345\t6".expandtabs(4), repr("\t".expandtabs(0)))
print("ab".center(5), "|" + "ab".center(5, "-") + "|", "abc".center(6, "-"), "abc".center(2))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
