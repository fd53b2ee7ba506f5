# String comparison is by code point, not locale.
words = ["zebra", "Zebra", "éclair", "eclair", "Éclair", "apple", "Apple", "ångström", "日本", "中国", "😀", "~tilde", "_under"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print("a" < "B", "B" < "a", "é" < "f", "Z" < "a" < "é", min(words), max(words))
print(["ab" < "abc", "abc" < "abd", "" < " ", "\x00" < "\x01", "ß" > "ss"])
