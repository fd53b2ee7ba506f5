# startswith/endswith with tuples and ranges.
s = "filename.tar.gz"
print(s.startswith("file"), s.startswith("name"), s.startswith("name", 4), s.startswith(("x", "fi")), s.startswith(""))
print(s.endswith(".gz"), s.endswith((".zip", ".tar.gz")), s.endswith("tar", 0, 12), s.endswith("", 5, 3))
print("".startswith(""), "".endswith("a"), "abc".startswith("abc", 0, 2), "abc".startswith("ab", -3))
try:
    s.startswith(["file"])
except TypeError as e:
    print("TypeError:", e)
