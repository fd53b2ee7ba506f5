# Non-ASCII string literals: length, indexing and slicing are by code point.
s = "héllo wörld"
print(s, len(s), s[1], s[7], s[-1], s[1:4], s[::-1])
j = "日本語テキスト"
print(j, len(j), j[0], j[2:5], j[::2], j[-3:])
e = "a😀b😃c"
print(e, len(e), e[1], e[2], e[3], e[1:4], e[::-1])
print([c for c in "ñ€😀"], [ord(c) for c in "ñ€😀"], "".join(chr(x) for x in [241, 8364, 128512]))
print("ß".upper(), "İ".lower(), len("İ".lower()), "ﬁ".upper(), "Straße".casefold() if False else "Straße".lower())
print("é" == "e\u0301", len("e\u0301"), "e\u0301"[0], repr("e\u0301"[1]))
print("Ωmega".isalpha(), "٣".isdigit(), "٣".isdecimal(), "½".isnumeric(), "½".isdigit())
print(sorted(["b", "ä", "a", "z", "Z", "é"]), max("héllo"), min("héllo"))
print("€".encode("utf-8"), "😀".encode("utf-8"), len("😀".encode()), "é".encode("latin-1"))
print("x".join("日本"), "|".join(["α", "β", "γ"]), "αβγ".find("γ"), "αβγ".index("β"))
