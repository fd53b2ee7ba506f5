# partition/rpartition and replace with counts.
for s in ["key=value=more", "novalue", "=start", "end=", ""]:
    print(s.partition("="), s.rpartition("="))
print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "aaa".replace("", "-"), "abc".replace("", "-", 2))
print("hello".replace("l", ""), "hello".replace("xyz", "q"), "ünï".replace("ï", "i"), "aaaa".replace("aa", "b"))
print("a.b.c".replace(".", "::", -1), "a.b.c".replace(".", "::", 0))
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError:", e)
