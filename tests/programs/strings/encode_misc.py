# encode to bytes and a few less common methods: translate/maketrans, format.
print("héllo".encode(), "héllo".encode("utf-8"), "abc".encode("ascii"), "é".encode("latin-1"))
print(len("日本".encode()), "😀".encode("utf-16-le") if False else "😀".encode("utf-8"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print("é".encode("ascii", "replace"), "é".encode("ascii", "ignore"), "é".encode("ascii", "backslashreplace"))
t = str.maketrans("abc", "xyz", "d")
print("abcdabcd".translate(t), str.maketrans({"a": "1"}), "banana".translate({ord("a"): None}))
print("{} and {}".format("x", "y"), "{0}{1}{0}".format("a", "b"), "{name}!".format(name="hi"))
print(str(123), str(b"x"), str([1, "a"]), str(None), str(), str("s"))
